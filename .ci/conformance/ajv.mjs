// Judges Aldea's conformance corpus and documents with Ajv 8 (draft 2020-12, strict mode), as an
// integrator in TypeScript would, and fails on any verdict that differs from the manifest's.
//   node ajv.mjs SCHEMA_DIR CORPUS_DIR [DOCUMENT.json | --every-percent OUT.json] ...
// A document given is one the Java decoder accepts: Ajv must accept it too. --every-percent writes
// a document holding every percent from 0.00 to 100.00, then judges it.
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import fs from "node:fs";
import path from "node:path";

const [schemaDir, corpusDir, ...documents] = process.argv.slice(2);
const KINDS = ["locations", "socialCentres", "programmes", "villages", "families", "children", "outcomes"];
const read = (file) => JSON.parse(fs.readFileSync(file, "utf8"));

// Each schema compiled alone, in an Ajv of its own: an entity schema must not need the others.
function compileAlone(name) {
  const ajv = new Ajv2020({ strict: true, allErrors: false });
  addFormats(ajv);
  return ajv.compile(read(path.join(schemaDir, name)));
}
const documentSchema = compileAlone("document.schema.json");
const headerSchema = compileAlone("ndjson-header.schema.json");
const kindSchemas = Object.fromEntries(KINDS.map((kind) => [kind, compileAlone(`${kind}.schema.json`)]));

// Parses as JSON.parse does, without forgiving a byte order mark (Buffer.toString keeps it).
function parse(bytes) {
  try {
    return { value: JSON.parse(bytes.toString("utf8")) };
  } catch {
    return null;
  }
}

function documentAccepted(bytes) {
  const parsed = parse(bytes);
  return parsed !== null && documentSchema(parsed.value);
}

function streamAccepted(bytes, kind) {
  let header = true;
  for (const line of bytes.toString("utf8").split("\n")) {
    if (/^[ \t\r]*$/.test(line)) continue;
    const parsed = parse(Buffer.from(line, "utf8"));
    if (parsed === null || !(header ? headerSchema : kindSchemas[kind])(parsed.value)) return false;
    header = false;
  }
  return true;
}

let failures = 0;
let judged = 0;
function expect(name, accepted, verdict) {
  judged++;
  const ok = verdict === "not-json" ? !accepted : accepted === (verdict !== "rejects");
  if (!ok) {
    failures++;
    console.log(`DIFFERS ${name}: the manifest says '${verdict}', Ajv ${accepted ? "accepts" : "rejects"} it`);
  }
}

const manifest = read(path.join(corpusDir, "manifest.json"));
for (const entry of manifest.cases) {
  if (entry.folder) {
    const accepted = entry.files.every((file) =>
      streamAccepted(fs.readFileSync(path.join(corpusDir, entry.folder, file)), file.replace(".ndjson", "")));
    expect(entry.folder, accepted, entry.schema);
  } else {
    const bytes = fs.readFileSync(path.join(corpusDir, entry.file));
    const accepted = entry.kind ? streamAccepted(bytes, entry.kind) : documentAccepted(bytes);
    expect(entry.file, accepted, entry.schema);
  }
}

for (let i = 0; i < documents.length; i++) {
  let file = documents[i];
  if (file === "--every-percent") {
    file = documents[++i];
    fs.writeFileSync(file, everyPercent());
  }
  expect(file, documentAccepted(fs.readFileSync(file)), "accepts");
}

// A location with one indicator per percent 0.00 ... 100.00, each written with two decimals.
function everyPercent() {
  const indicators = [];
  for (let hundredths = 0; hundredths <= 10000; hundredths++) {
    const text = `${Math.floor(hundredths / 100)}.${String(hundredths % 100).padStart(2, "0")}`;
    indicators.push(`{"kind":"poverty_rate","percent":${text}}`);
  }
  return `{"schemaVersion":"1.0","locations":[{"id":"loc-1","name":"Juliaca","country":"PE","region":"Puno",`
    + `"indicators":[${indicators.join(",")}]}]}\n`;
}

console.log(`Ajv ${failures === 0 ? "agrees" : "DISAGREES"}: ${judged - failures} of ${judged} verdicts as expected`);
process.exit(failures === 0 ? 0 : 1);
