export * from "./span.js";
export * from "./message.js";
export * from "./structure.js";
export * from "./entities.js";
export * from "./speech.js";
export * from "./time.js";
export * from "./report.js";
export * from "./options.js";
