/** The signing secret of the app the tests start (never used outside tests). */
export const TEST_SECRET = 'glassworks-test-secret-0123456789abcdef0123456789abcdef'
