/** Input bounds shared by the schemas and the UI, so a huge paste is refused with a clear reason. */
export const MAX_TITLE = 1_000
export const MAX_SHORT_TEXT = 2_000
export const MAX_LONG_TEXT = 100_000
/** About 20 MB of UTF-16 text: longer than any article an editor will paste. */
export const MAX_BODY_CHARS = 10_000_000
export const MAX_PATH = 4_096
