// Plain constants of the model. They live apart from the zod schemas so the
// parser entry can use them without loading zod (which alone costs some
// 80 ms of import time).

/** Version of the report model; bumped on any breaking change to `SummitReport`. */
export const SCHEMA_VERSION = "1.0.0";

/** Default cap on the analysed input, in UTF-16 code units (10 MiB of text). */
export const DEFAULT_MAX_INPUT_LENGTH = 10 * 1024 * 1024;
