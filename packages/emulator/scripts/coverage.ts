// The emulator's coverage table, read from its source: for each emulated Apps Script class, the
// public methods the emulator implements, grouped by service, with the enums it knows. It rewrites
// the section of README.md between <!-- coverage:start --> and <!-- coverage:end -->;
// coverage.test.ts fails when the README's table differs from what this script makes.
//
//   npm run emulator:coverage            (from the repository root: rewrites the README)
//   node packages/emulator/scripts/run-ts.mjs packages/emulator/scripts/coverage.ts [--write | --check]
//
// How a class is found: every emulated object becomes an Apps Script class where its constructor
// calls service(rt, 'ClassName', this) or wrap(this, 'ClassName') (runtime.ts, docs-element.ts).
// The name is a string literal there, or a constructor parameter: then it comes from the
// constructor's default, from a subclass's super(…) call, or from each `new Class(…, 'Name', …)`
// in the package (DriveIterator is FileIterator and FolderIterator). A class without a
// constructor takes its base class's name (Sheet: SheetImpl over SheetStore). Its methods are the
// public ones (no `_` prefix, not private, protected or static) it declares or inherits within the
// package, exactly those the counting proxy lets through; any other name throws
// "not emulated: Class.method". A method whose body opens by throwing "not emulated" is listed as
// refused, not implemented.
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

export const START = '<!-- coverage:start -->';
export const END = '<!-- coverage:end -->';
export const REGENERATE = 'npm run emulator:coverage';

/** The emulator package's folder. */
export const PACKAGE_ROOT = path.resolve(__dirname, '..');

/** Service groups, in README order, by the file that defines a class (path from the package root). */
const SERVICES: Array<[RegExp, string]> = [
  [/^sheets\//, 'Spreadsheet: SpreadsheetApp, Charts'],
  [/^services\/docs/, 'Document: DocumentApp'],
  [/^services\/drive(-core)?\.ts$/, 'Drive: DriveApp'],
  [/^services\/drive-api\.ts$/, 'Advanced Drive service (Drive API v3)'],
  [/^services\/mail\.ts$/, 'Mail: MailApp'],
  [/^services\/properties\.ts$/, 'Properties and Cache: PropertiesService, CacheService'],
  [/^services\/lock\.ts$/, 'Lock: LockService'],
  [/^services\/script\.ts$/, 'Script: ScriptApp, Session, Logger'],
  [/^services\/utilities\.ts$/, 'Utilities'],
  [/^services\/html\.ts$/, 'HTML: HtmlService'],
  [/^(services\/(ui|common)\.ts|blob\.ts)$/, 'Base: Ui, Menu, Blob, User, iterators'],
];

export interface ClassCoverage {
  service: string;
  name: string;
  methods: string[];
  /** Public non-method members: enums and sub-services (DocumentApp.ParagraphHeading, Drive.Files). */
  properties: string[];
  /** Methods present only to throw "not emulated" (so the call fails plainly, not as undefined). */
  refused: string[];
}

export interface EnumCoverage {
  service: string;
  name: string;
  members: number;
}

interface ClassInfo {
  name: string;
  file: string;
  node: ts.ClassDeclaration;
  ctor: ts.ConstructorDeclaration | undefined;
}

// biome-ignore format: a table laid out by hand, one entry per line
type Naming =
  | { kind: 'fixed'; names: string[] }
  | { kind: 'param'; index: number; fallback: string | null }
  | { kind: 'none' };

/** Code-unit order: the same on every machine, whatever its locale. */
export function byText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function sourceFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => byText(a.name, b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules' && entry.name !== 'scripts') walk(full);
      } else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') && !entry.name.endsWith('.d.ts')) {
        out.push(full);
      }
    }
  };
  walk(root);
  return out;
}

function hasModifier(node: ts.Node, kind: ts.SyntaxKind): boolean {
  return !!ts.canHaveModifiers(node) && !!ts.getModifiers(node)?.some((m) => m.kind === kind);
}

function isPublicName(node: ts.ClassElement | ts.ParameterDeclaration): string | null {
  const name = node.name;
  if (!name || !ts.isIdentifier(name)) return null;
  if (name.text.startsWith('_') || name.text === 'constructor') return null;
  if (hasModifier(node, ts.SyntaxKind.PrivateKeyword) || hasModifier(node, ts.SyntaxKind.ProtectedKeyword)) return null;
  if (hasModifier(node, ts.SyntaxKind.StaticKeyword)) return null;
  return name.text;
}

/** Descendants of `node`, not entering nested functions or classes. */
function walkOwn(node: ts.Node, visit: (n: ts.Node) => void): void {
  node.forEachChild((child) => {
    visit(child);
    if (ts.isFunctionLike(child) || ts.isClassLike(child)) return;
    walkOwn(child, visit);
  });
}

function where(sf: ts.SourceFile, node: ts.Node, root: string): string {
  const { line } = sf.getLineAndCharacterOfPosition(node.getStart(sf));
  return `${path.relative(root, sf.fileName)}:${line + 1}`;
}

/** Reads the package's classes and enums from its source. */
export function collect(root: string = PACKAGE_ROOT): { classes: ClassCoverage[]; enums: EnumCoverage[] } {
  const files = sourceFiles(root);
  const sources = new Map<string, ts.SourceFile>();
  for (const f of files)
    sources.set(f, ts.createSourceFile(f, fs.readFileSync(f, 'utf8'), ts.ScriptTarget.ES2020, true));

  // Classes by file, and what each file's identifiers import (relative imports only).
  const classesIn = new Map<string, Map<string, ClassInfo>>();
  const importsOf = new Map<string, Map<string, { file: string; name: string }>>();
  for (const [file, sf] of sources) {
    const classes = new Map<string, ClassInfo>();
    const imports = new Map<string, { file: string; name: string }>();
    for (const st of sf.statements) {
      if (ts.isClassDeclaration(st) && st.name) {
        const ctor = st.members.find((m): m is ts.ConstructorDeclaration => ts.isConstructorDeclaration(m) && !!m.body);
        classes.set(st.name.text, { name: st.name.text, file, node: st, ctor });
      }
      if (
        ts.isImportDeclaration(st) &&
        ts.isStringLiteral(st.moduleSpecifier) &&
        st.moduleSpecifier.text.startsWith('.')
      ) {
        const base = path.resolve(path.dirname(file), st.moduleSpecifier.text);
        const target = [`${base}.ts`, path.join(base, 'index.ts')].find((p) => sources.has(p));
        const named = st.importClause?.namedBindings;
        if (target && named && ts.isNamedImports(named)) {
          for (const el of named.elements)
            imports.set(el.name.text, { file: target, name: (el.propertyName ?? el.name).text });
        }
      }
    }
    classesIn.set(file, classes);
    importsOf.set(file, imports);
  }
  const resolveClass = (file: string, id: string): ClassInfo | null => {
    const local = classesIn.get(file)!.get(id);
    if (local) return local;
    const imp = importsOf.get(file)!.get(id);
    return imp ? (classesIn.get(imp.file)?.get(imp.name) ?? null) : null;
  };
  const baseOf = (c: ClassInfo): ClassInfo | null => {
    const ext = c.node.heritageClauses?.find((h) => h.token === ts.SyntaxKind.ExtendsKeyword)?.types[0]?.expression;
    return ext && ts.isIdentifier(ext) ? resolveClass(c.file, ext.text) : null;
  };

  const namings = new Map<ClassInfo, Naming>();
  const namingOf = (c: ClassInfo): Naming => {
    const known = namings.get(c);
    if (known) return known;
    let result: Naming = { kind: 'none' };
    const base = baseOf(c);
    if (!c.ctor) {
      if (base) result = namingOf(base);
    } else {
      const params = c.ctor.parameters;
      const paramNaming = (id: ts.Identifier, fallback: string | null): Naming | null => {
        const i = params.findIndex((p) => ts.isIdentifier(p.name) && p.name.text === id.text);
        if (i < 0) return null;
        const init = params[i].initializer;
        return { kind: 'param', index: i, fallback: init && ts.isStringLiteral(init) ? init.text : fallback };
      };
      let own: Naming | null = null;
      let superArgs: readonly ts.Expression[] | null = null;
      walkOwn(c.ctor.body!, (n) => {
        if (!ts.isCallExpression(n)) return;
        if (n.expression.kind === ts.SyntaxKind.SuperKeyword) superArgs = n.arguments;
        if (own || !ts.isIdentifier(n.expression) || !['service', 'wrap'].includes(n.expression.text)) return;
        const arg = n.arguments[1];
        if (arg && ts.isStringLiteralLike(arg)) own = { kind: 'fixed', names: [arg.text] };
        else if (arg && ts.isIdentifier(arg)) own = paramNaming(arg, null);
      });
      if (own) result = own;
      else if (superArgs && base) {
        const inherited = namingOf(base);
        if (inherited.kind === 'fixed') result = inherited;
        else if (inherited.kind === 'param') {
          const arg = (superArgs as readonly ts.Expression[])[inherited.index];
          if (!arg) result = inherited.fallback ? { kind: 'fixed', names: [inherited.fallback] } : { kind: 'none' };
          else if (ts.isStringLiteralLike(arg)) result = { kind: 'fixed', names: [arg.text] };
          else if (ts.isIdentifier(arg)) result = paramNaming(arg, inherited.fallback) ?? { kind: 'none' };
        }
      }
    }
    namings.set(c, result);
    return result;
  };

  // The names each parametric class is built with, from every `new Class(…)` in the package.
  const builtAs = new Map<ClassInfo, Set<string>>();
  const enums: EnumCoverage[] = [];
  for (const [file, sf] of sources) {
    const visit = (n: ts.Node) => {
      if (ts.isNewExpression(n) && ts.isIdentifier(n.expression)) {
        const c = resolveClass(file, n.expression.text);
        const naming = c ? namingOf(c) : null;
        if (c && naming && naming.kind === 'param') {
          const arg = n.arguments?.[naming.index];
          let name: string | null;
          if (!arg) name = naming.fallback;
          else if (ts.isStringLiteralLike(arg)) name = arg.text;
          else
            throw new Error(
              `coverage: cannot tell which Apps Script class \`${n.getText(sf)}\` makes (${where(sf, n, root)})`,
            );
          if (name) {
            if (!builtAs.has(c)) builtAs.set(c, new Set());
            builtAs.get(c)!.add(name);
          }
        }
      }
      if (
        ts.isCallExpression(n) &&
        ts.isIdentifier(n.expression) &&
        n.expression.text === 'makeEnum' &&
        n.arguments.length === 2
      ) {
        const [nameArg, membersArg] = n.arguments;
        if (
          !ts.isStringLiteralLike(nameArg) ||
          !ts.isArrayLiteralExpression(membersArg) ||
          !membersArg.elements.every(ts.isStringLiteralLike)
        ) {
          throw new Error(`coverage: an enum whose name and members are not literals (${where(sf, n, root)})`);
        }
        enums.push({
          service: serviceOf(path.relative(root, file)),
          name: nameArg.text,
          members: membersArg.elements.length,
        });
      }
      n.forEachChild(visit);
    };
    visit(sf);
  }

  const byKey = new Map<
    string,
    { service: string; name: string; methods: Set<string>; properties: Set<string>; refused: Set<string> }
  >();
  for (const classes of classesIn.values()) {
    for (const c of classes.values()) {
      const naming = namingOf(c);
      const names = naming.kind === 'fixed' ? naming.names : naming.kind === 'param' ? [...(builtAs.get(c) ?? [])] : [];
      if (!names.length) continue;
      // Own members first: an override decides whether a name is implemented or refused.
      const seen = new Set<string>();
      const methods = new Set<string>();
      const properties = new Set<string>();
      const refused = new Set<string>();
      for (let k: ClassInfo | null = c; k; k = baseOf(k)) {
        for (const m of k.node.members) {
          const name = isPublicName(m);
          if (!name || seen.has(name)) continue;
          if (ts.isMethodDeclaration(m)) {
            seen.add(name);
            (refusesAll(m) ? refused : methods).add(name);
          } else if (ts.isPropertyDeclaration(m) || ts.isGetAccessorDeclaration(m)) {
            seen.add(name);
            const init = ts.isPropertyDeclaration(m) ? m.initializer : undefined;
            (init && (ts.isArrowFunction(init) || ts.isFunctionExpression(init)) ? methods : properties).add(name);
          }
        }
        for (const p of k.ctor?.parameters ?? []) {
          const name = isPublicName(p);
          if (name && ts.isParameterPropertyDeclaration(p, p.parent) && !seen.has(name)) {
            seen.add(name);
            properties.add(name);
          }
        }
      }
      const service = serviceOf(path.relative(root, c.file));
      for (const name of names) {
        const key = `${service}\u0000${name}`;
        const entry = byKey.get(key) ?? {
          service,
          name,
          methods: new Set(),
          properties: new Set(),
          refused: new Set(),
        };
        methods.forEach((m) => entry.methods.add(m));
        properties.forEach((p) => entry.properties.add(p));
        refused.forEach((r) => entry.refused.add(r));
        byKey.set(key, entry);
      }
    }
  }
  const sorted = (s: Set<string>) => [...s].sort(byText);
  const classes = [...byKey.values()].map((e) => ({
    service: e.service,
    name: e.name,
    methods: sorted(e.methods),
    properties: sorted(e.properties),
    refused: sorted(e.refused).filter((r) => !e.methods.has(r)),
  }));
  const order = (service: string) => {
    const i = SERVICES.findIndex(([, label]) => label === service);
    return i < 0 ? SERVICES.length : i;
  };
  classes.sort((a, b) => order(a.service) - order(b.service) || byText(a.service, b.service) || byText(a.name, b.name));
  enums.sort((a, b) => order(a.service) - order(b.service) || byText(a.service, b.service) || byText(a.name, b.name));
  return { classes, enums };
}

function serviceOf(relative: string): string {
  const rel = relative.split(path.sep).join('/');
  return SERVICES.find(([re]) => re.test(rel))?.[1] ?? rel;
}

/** A method whose body opens by throwing "not emulated": present only to refuse plainly. */
function refusesAll(m: ts.MethodDeclaration): boolean {
  const first = m.body?.statements.find((s) => !ts.isExpressionStatement(s) || !ts.isVoidExpression(s.expression));
  return !!first && ts.isThrowStatement(first) && /not emulated/.test(first.getText());
}

/** The coverage section of the README (without its markers). */
export function coverageMarkdown(root: string = PACKAGE_ROOT): string {
  const { classes, enums } = collect(root);
  const services = [...new Set([...classes.map((c) => c.service), ...enums.map((e) => e.service)])];
  const code = (names: string[]) => names.map((n) => `\`${n}\``).join(', ');
  const lines: string[] = [
    `<!-- Generated from the source by \`${REGENERATE}\` (packages/emulator/scripts/coverage.ts): do not edit by hand. -->`,
    '',
    '| Service | Classes | Methods | Enums |',
    '|---|---:|---:|---:|',
  ];
  let totalClasses = 0;
  let totalMethods = 0;
  let totalEnums = 0;
  for (const s of services) {
    const cs = classes.filter((c) => c.service === s);
    const methods = cs.reduce((n, c) => n + c.methods.length, 0);
    const es = enums.filter((e) => e.service === s).length;
    totalClasses += cs.length;
    totalMethods += methods;
    totalEnums += es;
    lines.push(`| ${s} | ${cs.length} | ${methods} | ${es} |`);
  }
  lines.push(`| **All** | **${totalClasses}** | **${totalMethods}** | **${totalEnums}** |`);
  for (const s of services) {
    lines.push('', `### ${s}`, '', '| Class | Methods | Implemented |', '|---|---:|---|');
    for (const c of classes.filter((x) => x.service === s)) {
      const cell = [
        code(c.methods),
        c.properties.length ? `properties: ${code(c.properties)}` : '',
        c.refused.length ? `throws "not emulated": ${code(c.refused)}` : '',
      ].filter(Boolean);
      lines.push(`| ${c.name} | ${c.methods.length} | ${cell.join('<br>')} |`);
    }
    const es = enums.filter((e) => e.service === s);
    if (es.length) lines.push('', `Enums: ${es.map((e) => `${e.name} (${e.members})`).join(', ')}.`);
  }
  return lines.join('\n');
}

/** `readme` with its coverage section replaced by `section`. */
export function withCoverage(readme: string, section: string): string {
  const a = readme.indexOf(START);
  const b = readme.indexOf(END);
  if (a < 0 || b < a) throw new Error(`coverage: README.md has no ${START} … ${END} section`);
  return `${readme.slice(0, a + START.length)}\n${section}\n${readme.slice(b)}`;
}

export function readmePath(root: string = PACKAGE_ROOT): string {
  return path.join(root, 'README.md');
}

function main(argv: string[]): number {
  if (!argv.includes('--check') && !argv.includes('--write')) {
    process.stdout.write(`${coverageMarkdown()}\n`);
    return 0;
  }
  const file = readmePath();
  const current = fs.readFileSync(file, 'utf8');
  const next = withCoverage(current, coverageMarkdown());
  if (argv.includes('--check')) {
    if (next === current) return 0;
    process.stderr.write(`packages/emulator/README.md: the coverage table is out of date; run \`${REGENERATE}\`\n`);
    return 1;
  }
  if (next !== current) fs.writeFileSync(file, next);
  process.stdout.write(
    `packages/emulator/README.md: coverage table ${next === current ? 'already current' : 'rewritten'}\n`,
  );
  return 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
