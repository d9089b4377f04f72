// Compiles a record schema with ajv (draft 2020-12) in strict mode, validates the samples, checks that a wrong
// member of one provision gives one error under that provision kind's definition, and gives ajv's verdict on every
// document of the differential corpus, which must equal the .NET reader's ("-" for none: an earlier version's schema).
// Usage: node check.mjs SCHEMA CORPUS.jsonl|- SAMPLE...
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { readFileSync } from "node:fs";

const [schemaFile, corpusFile, ...sampleFiles] = process.argv.slice(2);
const schema = JSON.parse(readFileSync(schemaFile, "utf8"));
const ajv = new Ajv2020({ strict: true, allErrors: true });
addFormats(ajv);
const validate = ajv.compile(schema); // throws on anything strict mode refuses
let failures = 0;
const fail = (message) => { console.error(message); failures++; };

if (sampleFiles.length === 0) fail("no sample given");
for (const sampleFile of sampleFiles) {
  if (!validate(JSON.parse(readFileSync(sampleFile, "utf8")))) fail(`${sampleFile} is invalid: ${JSON.stringify(validate.errors, null, 1)}`);
}

// One provision with a wrong member: one error, and ajv's wrapper error of the if/then rule, which is the
// ceasefire rule (ajv reports paths inside a $ref relative to its target, so the rule is how it names the kind).
const record = {
  schemaVersion: "1.0", title: "t",
  proposals: [{ id: "p", kind: "peace-plan", title: [{ text: "P", language: "en" }], versions: [{ number: 1,
    provisions: [{ id: "c", kind: "ceasefire", isTemporary: "yes" }] }] }],
};
validate(record);
const errors = validate.errors ?? [];
const leaves = errors.filter((e) => e.keyword !== "if");
const rules = errors.filter((e) => e.keyword === "if").map((e) => /allOf\/(\d+)\/if$/.exec(e.schemaPath)?.[1]);
const kinds = rules.map((i) => schema.$defs.Provision.allOf[Number(i)]?.if.properties.kind.const);
if (leaves.length !== 1 || leaves[0].instancePath !== "/proposals/0/versions/0/provisions/0/isTemporary" || kinds.join() !== "ceasefire") {
  fail(`a wrong member of a ceasefire provision should give one error, from the ceasefire rule: ${JSON.stringify(errors)}`);
}

const lines = corpusFile === "-" ? [] : readFileSync(corpusFile, "utf8").split("\n").filter((l) => l.length > 0);
if (corpusFile !== "-" && lines.length < 1000) fail(`the corpus has only ${lines.length} documents`);
let disagreements = 0;
for (const line of lines) {
  const { name, accepted, document } = JSON.parse(line);
  const valid = validate(JSON.parse(document));
  if (valid !== accepted) {
    if (disagreements++ < 20) console.error(`ajv ${valid ? "accepts" : "rejects"}, the reader ${accepted ? "accepts" : "rejects"}: ${name}`);
  }
}
if (disagreements > 0) fail(`ajv and the reader disagree on ${disagreements} of ${lines.length} documents`);
console.log(`ajv ${JSON.parse(readFileSync("node_modules/ajv/package.json", "utf8")).version}, ${schema.$id}: strict compile, ${sampleFiles.length} samples, one error per provision, ${lines.length} corpus documents agree`);
process.exit(failures > 0 ? 1 : 0);
