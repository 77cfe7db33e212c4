import { z } from 'zod';

// zod compiles fast parsers with new Function() unless told not to; the hosted build's CSP has no
// 'unsafe-eval', and Chromium reports even zod's guarded probe as a violation (issue #6). Every
// entry into zod code (App, the mock's start, the start page moving an old draft) imports this
// first.
z.config({ jitless: true });
