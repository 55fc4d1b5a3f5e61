// Code that runs in Apps Script compiles against what Apps Script has: tsconfig.gas.json (src/,
// conformance/apps-script) gives the Apps Script globals and ES2020, and no Node, DOM or Jest.
import path from 'node:path';
import ts from 'typescript';

const ROOT = path.resolve(__dirname, '../..');

function diagnostics(source: string): string[] {
  const file = path.join(ROOT, 'src/__realm_probe__.ts');
  const config = ts.getParsedCommandLineOfConfigFile(
    path.join(ROOT, 'tsconfig.gas.json'),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(String(d.messageText));
      },
    },
  )!;
  const host = ts.createCompilerHost(config.options);
  const read = host.readFile.bind(host);
  host.readFile = (f) => (path.resolve(f) === file ? source : read(f));
  const exists = host.fileExists.bind(host);
  host.fileExists = (f) => path.resolve(f) === file || exists(f);
  const program = ts.createProgram([file], config.options, host);
  return ts
    .getPreEmitDiagnostics(program)
    .filter((d) => d.file?.fileName && path.resolve(d.file.fileName) === file)
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

describe('src/ compiles against the Apps Script types only', () => {
  test('Apps Script globals and ES2020 are there', () => {
    expect(
      diagnostics(
        "export const n = SpreadsheetApp.getActive().getName(); export const k = Object.fromEntries([['a', 1]]);",
      ),
    ).toEqual([]);
  });

  test.each([
    ['Buffer', "export const b = Buffer.from('x');"],
    ['process', 'export const e = process.env;'],
    ['document (DOM)', 'export const d = document.title;'],
    ['describe (Jest)', "describe('x', () => undefined);"],
  ])('%s is a compile error', (_name, source) => {
    expect(diagnostics(source).length).toBeGreaterThan(0);
  });
});
