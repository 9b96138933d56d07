// Loads the published document schema into Ajv 8, then parses and validates one document: what an
// integrator's service does for each document it receives. benchmarks/cli-vs-ajv.sh times it
// beside `aldea validate`.
//   node validate-one.mjs SCHEMA_DIR DOCUMENT.json   (exit 0: valid, 1: invalid)
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import fs from "node:fs";
import path from "node:path";

const [schemaDir, file] = process.argv.slice(2);
const ajv = new Ajv2020({ strict: true, allErrors: false });
addFormats(ajv);
const validate = ajv.compile(JSON.parse(fs.readFileSync(path.join(schemaDir, "document.schema.json"), "utf8")));
const valid = validate(JSON.parse(fs.readFileSync(file, "utf8")));
console.log(valid ? "valid" : "invalid");
process.exit(valid ? 0 : 1);
