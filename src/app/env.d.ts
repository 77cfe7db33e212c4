/** The app's version (package.json) and build date (YYYY-MM-DD), from src/build/defines.ts. */
declare const __APP_VERSION__: string;
declare const __BUILD_DATE__: string;
/** The first question as data, from the question registry (src/domain/firstQuestion.ts). */
declare const __FIRST_QUESTION__: import('../domain/firstQuestion.ts').FirstQuestionView;
/** The sign-in settings, checked by the build (src/api/signInConfig.ts); null: no sign-in. */
declare const __SIGN_IN__: import('../api/signInConfig.ts').SignInConfig | null;
