import { main } from "./run.js";

// The executable: everything testable lives in run.ts.
process.exitCode = await main(process.argv.slice(2));
