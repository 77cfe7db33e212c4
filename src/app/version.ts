/** Which build is running: in the footer, and on the report's last line (docs/decisions/0006). */
export const APP_NAME = 'Escalate to AT&T Wholesale';
export const VERSION = __APP_VERSION__;
export const BUILD_DATE = __BUILD_DATE__;
export const GENERATOR = `${APP_NAME} ${VERSION} (built ${BUILD_DATE})`;
