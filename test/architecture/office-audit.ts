import { readdirSync, statSync } from "fs";
import { join, relative, resolve, sep } from "path";
import * as ts from "typescript";

/**
 * The Office.js audit: every Office.js member the add-in uses, resolved with the TypeScript compiler to its
 * declaration in @types/office-js or @types/custom-functions-runtime, whose JSDoc gives its requirement set
 * ("[Api set: ExcelApi 1.12]"), compared with the gate of every path that runs it.
 *
 * Paths: from each gate's entries (src/core/capabilities/features.ts), every function, method and constant of src/
 * that the code references is walked under that gate, and walking stops at another gate's entry. Inside a walk, the
 * branch a runtime guard holds (`if (guard())`, or what follows `if (!guard()) return;`) runs under the gate raised
 * by that guard's requirement.
 *
 * Members: property accesses and calls (assignments are property accesses), the properties of object literals whose
 * contextual type is Office's, string literals whose contextual type holds an Office enum member of that value, and
 * the property paths named in `load("a/b, c")` and `load(["a", "b"])`, resolved against the loaded object's type.
 */

export interface Requirement {
  set: string;
  version: string;
}

export interface Gate {
  needs: readonly Requirement[];
  entries: readonly string[];
}

export interface AuditMap {
  gates: Record<string, Gate>;
  guards: Record<string, Requirement>;
}

/** One use of an Office member at one place in src/. */
export interface Usage {
  member: string;
  /** The requirement set its declaration names; null when it names none (context.sync, Office.onReady). */
  requirement: Requirement | null;
  file: string;
  line: number;
  /** The gates it runs under, raised by guards where it sits behind one ("fill+ExcelApi 1.5"). */
  gates: string[];
}

export interface AuditReport {
  usages: Usage[];
  /** "member (set version) above gate (needs): file:line", one line a finding. */
  findings: string[];
}

const ROOT = resolve(__dirname, "..", "..");
const TYPE_PACKAGES = [
  join("node_modules", "@types", "office-js"),
  join("node_modules", "@types", "custom-functions-runtime"),
];
const API_SET = /\[Api set: ([A-Za-z]+) (\d+\.\d+)/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

function atLeast(version: string, needed: string): boolean {
  const [major, minor] = version.split(".").map(Number);
  const [needMajor, needMinor] = needed.split(".").map(Number);
  return major > needMajor || (major === needMajor && minor >= needMinor);
}

interface Context {
  gate: string;
  needs: readonly Requirement[];
}

function covers(context: Context, requirement: Requirement): boolean {
  return context.needs.some(
    (need) => need.set === requirement.set && atLeast(need.version, requirement.version)
  );
}

function raise(context: Context, guard: Requirement | undefined): Context {
  if (!guard || covers(context, guard)) return context;
  return {
    gate: `${context.gate}+${guard.set} ${guard.version}`,
    needs: [...context.needs, guard],
  };
}

/**
 * A program over src/excel and src/functions, with `virtual` files (paths relative to the repository) added or put
 * in place of real ones, so that a test can plant a violation without writing a file; `alone`: the virtual files and
 * what they import, not the rest of src/.
 */
export function auditProgram(virtual: Record<string, string> = {}, alone = false): ts.Program {
  const config = ts.readConfigFile(join(ROOT, "tsconfig.json"), ts.sys.readFile);
  const { options } = ts.parseJsonConfigFileContent(config.config, ts.sys, ROOT);
  const planted = new Map(Object.entries(virtual).map(([path, text]) => [join(ROOT, path), text]));
  const host = ts.createCompilerHost({ ...options, noEmit: true });
  const readFile = host.readFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  host.readFile = (path) => planted.get(resolve(path)) ?? readFile(path);
  host.fileExists = (path) => planted.has(resolve(path)) || fileExists(path);
  const shipped = alone
    ? []
    : [...sourceFiles(join(ROOT, "src", "excel")), ...sourceFiles(join(ROOT, "src", "functions"))];
  const roots = [...new Set([...shipped, ...planted.keys()])];
  return ts.createProgram({ rootNames: roots, options: { ...options, noEmit: true }, host });
}

function repoPath(file: string): string {
  return relative(ROOT, file).split(sep).join("/");
}

function isOfficeDeclaration(node: ts.Node): boolean {
  const file = node.getSourceFile().fileName;
  return TYPE_PACKAGES.some((pkg) => resolve(file).includes(pkg));
}

/** The requirement set a declaration's JSDoc names, else its container's (a class, interface or enum). */
function requirementOf(declaration: ts.Node): Requirement | null {
  for (let node: ts.Node | undefined = declaration; node; node = node.parent) {
    if (ts.isSourceFile(node) || ts.isModuleBlock(node)) return null;
    const docs = ts.getJSDocCommentsAndTags(node);
    for (const doc of docs) {
      const match = API_SET.exec(doc.getText());
      if (match) return { set: match[1], version: match[2] };
    }
  }
  return null;
}

function memberName(checker: ts.TypeChecker, symbol: ts.Symbol): string {
  return checker.getFullyQualifiedName(symbol).replace(/^"[^"]*"\./, "");
}

/** Findings in the order of the places they name (file, then line), those naming no place first. */
function byPlace(a: string, b: string): number {
  const place = (finding: string) => /: (src\/[^:]+):(\d+)$/.exec(finding);
  const [pa, pb] = [place(a), place(b)];
  if (pa && pb && pa[1] !== pb[1]) return pa[1] < pb[1] ? -1 : 1;
  if (pa && pb && pa[2] !== pb[2]) return Number(pa[2]) - Number(pb[2]);
  if (!pa !== !pb) return pa ? 1 : -1;
  return a < b ? -1 : a > b ? 1 : 0;
}

export function auditOffice(program: ts.Program, map: AuditMap): AuditReport {
  const checker = program.getTypeChecker();
  const src = program.getSourceFiles().filter((file) => repoPath(file.fileName).startsWith("src/"));
  const problems: string[] = [];
  const usages = new Map<string, Usage>();

  const unalias = (symbol: ts.Symbol | undefined) =>
    symbol && symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;

  const fileOf = (path: string) => src.find((file) => repoPath(file.fileName) === path);

  /** The node an entry names: a file, a top-level declaration, or one property of a constant object. */
  function entryNode(entry: string): ts.Node | null {
    const [path, name] = entry.split("#");
    const file = fileOf(path);
    if (!file) return null;
    if (!name) return file;
    const [top, member] = name.split(".");
    for (const statement of file.statements) {
      if (ts.isFunctionDeclaration(statement) && statement.name?.text === top && !member)
        return statement;
      if (!ts.isVariableStatement(statement)) continue;
      for (const declaration of statement.declarationList.declarations) {
        if (!ts.isIdentifier(declaration.name) || declaration.name.text !== top) continue;
        if (!member) return declaration;
        const init = declaration.initializer;
        if (!init || !ts.isObjectLiteralExpression(init)) return null;
        return (
          init.properties.find(
            (p) => p.name && ts.isIdentifier(p.name) && p.name.text === member
          ) ?? null
        );
      }
    }
    return null;
  }

  const entryGate = new Map<ts.Node, string>();
  for (const [gate, { entries }] of Object.entries(map.gates)) {
    for (const entry of entries) {
      const node = entryNode(entry);
      if (node) entryGate.set(node, gate);
      else problems.push(`entry ${entry} of gate ${gate} names nothing in src/`);
    }
  }
  const guards = new Map<ts.Node, Requirement>();
  for (const [entry, requirement] of Object.entries(map.guards)) {
    const node = entryNode(entry);
    if (!node) {
      problems.push(`guard ${entry} names nothing in src/`);
      continue;
    }
    guards.set(node, requirement);
    const asks = `isSetSupported("${requirement.set}", "${requirement.version}")`;
    if (!node.getText().replace(/\s+/g, "").includes(asks.replace(/\s+/g, "")))
      problems.push(`guard ${entry} does not ask ${asks}`);
  }

  /** Where a referenced symbol of src/ is declared, as the node to walk. */
  function walkable(symbol: ts.Symbol | undefined): ts.Node[] {
    const declarations = unalias(symbol)?.declarations ?? [];
    return declarations.filter((declaration) => {
      if (!repoPath(declaration.getSourceFile().fileName).startsWith("src/")) return false;
      return (
        ts.isFunctionDeclaration(declaration) ||
        ts.isMethodDeclaration(declaration) ||
        ts.isVariableDeclaration(declaration) ||
        ts.isPropertyAssignment(declaration) ||
        ts.isShorthandPropertyAssignment(declaration) ||
        ts.isClassDeclaration(declaration)
      );
    });
  }

  function guardOf(expression: ts.Expression): ts.Node | undefined {
    if (!ts.isCallExpression(expression)) return undefined;
    return walkable(checker.getSymbolAtLocation(expression.expression)).find((node) =>
      guards.has(node)
    );
  }

  /** The guards that hold when `expression` is true (or false). */
  function holding(expression: ts.Expression, when: boolean): Requirement[] {
    if (ts.isParenthesizedExpression(expression)) return holding(expression.expression, when);
    if (
      ts.isPrefixUnaryExpression(expression) &&
      expression.operator === ts.SyntaxKind.ExclamationToken
    )
      return holding(expression.operand, !when);
    if (ts.isBinaryExpression(expression)) {
      const kind = expression.operatorToken.kind;
      if (
        (kind === ts.SyntaxKind.AmpersandAmpersandToken && when) ||
        (kind === ts.SyntaxKind.BarBarToken && !when)
      )
        return [...holding(expression.left, when), ...holding(expression.right, when)];
      return [];
    }
    const guard = guardOf(expression);
    return guard && when ? [guards.get(guard)!] : [];
  }

  const exits = (statement: ts.Statement): boolean =>
    ts.isReturnStatement(statement) ||
    ts.isThrowStatement(statement) ||
    (ts.isBlock(statement) && statement.statements.some(exits));

  const raiseAll = (context: Context, requirements: Requirement[]) =>
    requirements.reduce(raise, context);

  const queue: { node: ts.Node; context: Context }[] = [];
  const seen = new Set<string>();
  const nodeKey = (node: ts.Node) => `${node.getSourceFile().fileName}:${node.pos}:${node.end}`;
  /** Whether `node` belongs to another gate: an entry of it, where this walk stops. */
  const elsewhere = (node: ts.Node, context: Context) => {
    const owner = entryGate.get(node);
    return owner !== undefined && owner !== context.gate.split("+")[0];
  };
  function enqueue(node: ts.Node, context: Context) {
    if (elsewhere(node, context)) return;
    const key = `${nodeKey(node)}|${context.gate}`;
    if (seen.has(key)) return;
    seen.add(key);
    queue.push({ node, context });
  }

  function use(node: ts.Node, symbol: ts.Symbol, declaration: ts.Node, context: Context) {
    const file = node.getSourceFile();
    const line = file.getLineAndCharacterOfPosition(node.getStart()).line + 1;
    const member = memberName(checker, symbol);
    const key = `${member}@${repoPath(file.fileName)}:${line}`;
    const usage = usages.get(key) ?? {
      member,
      requirement: requirementOf(declaration),
      file: repoPath(file.fileName),
      line,
      gates: [],
    };
    if (!usage.gates.includes(context.gate)) usage.gates.push(context.gate);
    usages.set(key, usage);
    if (usage.requirement && !covers(context, usage.requirement))
      problems.push(
        `${member} (${usage.requirement.set} ${usage.requirement.version}) above gate ${context.gate} (${context.needs
          .map((need) => `${need.set} ${need.version}`)
          .join(", ")}): ${usage.file}:${line}`
      );
  }

  function useSymbol(node: ts.Node, symbol: ts.Symbol | undefined, context: Context) {
    const resolved = unalias(symbol);
    const declaration = resolved?.declarations?.find(isOfficeDeclaration);
    if (resolved && declaration) use(node, resolved, declaration, context);
  }

  /** The string values an argument may have: literals, conditionals, constants, a parameter's arguments. */
  function strings(expression: ts.Expression, depth = 0): string[] | null {
    if (depth > 4) return null;
    if (ts.isStringLiteralLike(expression)) return [expression.text];
    if (ts.isParenthesizedExpression(expression) || ts.isAsExpression(expression))
      return strings(expression.expression, depth);
    if (ts.isArrayLiteralExpression(expression)) {
      const parts = expression.elements.map((element) => strings(element, depth));
      return parts.some((part) => part === null) ? null : parts.flatMap((part) => part!);
    }
    if (ts.isConditionalExpression(expression)) {
      const [a, b] = [strings(expression.whenTrue, depth), strings(expression.whenFalse, depth)];
      return a && b ? [...a, ...b] : null;
    }
    if (!ts.isIdentifier(expression)) return null;
    const declaration = unalias(checker.getSymbolAtLocation(expression))?.valueDeclaration;
    if (declaration && ts.isVariableDeclaration(declaration) && declaration.initializer)
      return strings(declaration.initializer, depth + 1);
    if (!declaration || !ts.isParameter(declaration)) return null;
    const index = declaration.parent.parameters.indexOf(declaration);
    const callee = declaration.parent;
    const found: string[] = [];
    for (const file of src) {
      const visit = (node: ts.Node): boolean => {
        if (ts.isCallExpression(node)) {
          const target = unalias(checker.getSymbolAtLocation(node.expression))?.valueDeclaration;
          if (
            target === callee ||
            (target && ts.isVariableDeclaration(target) && target.initializer === callee)
          ) {
            const argument = node.arguments[index];
            const values = argument ? strings(argument, depth + 1) : null;
            if (!values) return false;
            found.push(...values);
          }
        }
        return node.forEachChild((child) => (visit(child) ? undefined : true)) === undefined;
      };
      if (!visit(file)) return null;
    }
    return found.length > 0 ? found : null;
  }

  function propertyPath(node: ts.Node, type: ts.Type, path: string, context: Context) {
    let current: ts.Type = type;
    for (const segment of path.split("/").map((part) => part.trim())) {
      const property = checker.getPropertyOfType(checker.getNonNullableType(current), segment);
      const declaration = property?.declarations?.find(isOfficeDeclaration);
      if (!property || !declaration) {
        problems.push(
          `load("${path}"): ${segment} is not an Office member of ${checker.typeToString(current)}: ${repoPath(
            node.getSourceFile().fileName
          )}:${node.getSourceFile().getLineAndCharacterOfPosition(node.getStart()).line + 1}`
        );
        return;
      }
      use(node, property, declaration, context);
      current = checker.getNonNullableType(checker.getTypeOfSymbolAtLocation(property, node));
      if (checker.isArrayType(current))
        current = checker.getTypeArguments(current as ts.TypeReference)[0];
    }
  }

  function loadPaths(call: ts.CallExpression, context: Context) {
    const callee = call.expression;
    if (!ts.isPropertyAccessExpression(callee) || callee.name.text !== "load") return;
    const argument = call.arguments[0];
    if (!argument || ts.isObjectLiteralExpression(argument)) return;
    const values = strings(argument);
    if (!values) {
      const file = call.getSourceFile();
      problems.push(
        `load(${argument.getText()}): the paths cannot be read from the source: ${repoPath(file.fileName)}:${
          file.getLineAndCharacterOfPosition(call.getStart()).line + 1
        }`
      );
      return;
    }
    const type = checker.getTypeAtLocation(callee.expression);
    for (const value of values)
      for (const path of value.split(",").filter((part) => part.trim() !== ""))
        propertyPath(call, type, path, context);
  }

  /**
   * The types a literal may be read as: its contextual type, and for an argument the parameter's type in every
   * overload (office-js declares `add(type: Excel.ConditionalFormatType)` and `add(type: "Custom" | …)` apart).
   */
  function contextualTypes(literal: ts.Expression): ts.Type[] {
    const contextual = checker.getContextualType(literal);
    const found = contextual ? [contextual] : [];
    const call = literal.parent;
    if (ts.isCallExpression(call) && call.arguments.includes(literal)) {
      const index = call.arguments.indexOf(literal);
      for (const signature of checker.getTypeAtLocation(call.expression).getCallSignatures()) {
        const parameter = signature.getParameters()[index];
        if (parameter) found.push(checker.getTypeOfSymbolAtLocation(parameter, call));
      }
    }
    return found.flatMap((type) => (type.isUnion() ? type.types : [type]));
  }

  function enumLiteral(literal: ts.StringLiteralLike, context: Context) {
    for (const type of contextualTypes(literal as ts.Expression)) {
      if (!(type.flags & ts.TypeFlags.EnumLiteral) || !type.isStringLiteral()) continue;
      if (type.value !== literal.text || !type.symbol) continue;
      const declaration = type.symbol.declarations?.find(isOfficeDeclaration);
      if (declaration) use(literal, type.symbol, declaration, context);
      return;
    }
  }

  function objectLiteral(literal: ts.ObjectLiteralExpression, context: Context) {
    const contextual = checker.getContextualType(literal);
    if (!contextual) return;
    const types = contextual.isUnion() ? contextual.types : [contextual];
    for (const property of literal.properties) {
      if (!property.name || !(ts.isIdentifier(property.name) || ts.isStringLiteral(property.name)))
        continue;
      const name = property.name.text;
      for (const type of types) {
        const symbol = checker.getPropertyOfType(type, name);
        const declaration = symbol?.declarations?.find(isOfficeDeclaration);
        if (symbol && declaration) {
          use(property.name, symbol, declaration, context);
          break;
        }
      }
    }
  }

  function visit(node: ts.Node, context: Context) {
    if (elsewhere(node, context)) return;
    if (
      ts.isBlock(node) ||
      ts.isSourceFile(node) ||
      ts.isModuleBlock(node) ||
      ts.isCaseClause(node)
    ) {
      let current = context;
      for (const statement of node.statements) {
        visit(statement, current);
        if (
          ts.isIfStatement(statement) &&
          !statement.elseStatement &&
          exits(statement.thenStatement)
        )
          current = raiseAll(current, holding(statement.expression, false));
      }
      return;
    }
    if (ts.isIfStatement(node)) {
      visit(node.expression, context);
      visit(node.thenStatement, raiseAll(context, holding(node.expression, true)));
      if (node.elseStatement)
        visit(node.elseStatement, raiseAll(context, holding(node.expression, false)));
      return;
    }
    if (ts.isConditionalExpression(node)) {
      visit(node.condition, context);
      visit(node.whenTrue, raiseAll(context, holding(node.condition, true)));
      visit(node.whenFalse, raiseAll(context, holding(node.condition, false)));
      return;
    }
    if (
      ts.isBinaryExpression(node) &&
      node.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken
    ) {
      visit(node.left, context);
      visit(node.right, raiseAll(context, holding(node.left, true)));
      return;
    }
    if (
      ts.isTypeNode(node) ||
      ts.isImportDeclaration(node) ||
      ts.isInterfaceDeclaration(node) ||
      ts.isTypeAliasDeclaration(node)
    )
      return;
    if (ts.isPropertyAccessExpression(node))
      useSymbol(node.name, checker.getSymbolAtLocation(node.name), context);
    if (ts.isCallExpression(node)) loadPaths(node, context);
    if (ts.isStringLiteralLike(node)) enumLiteral(node, context);
    if (ts.isObjectLiteralExpression(node)) objectLiteral(node, context);
    if (ts.isIdentifier(node) || ts.isPropertyAccessExpression(node)) {
      const at = ts.isPropertyAccessExpression(node) ? node.name : node;
      for (const declaration of walkable(checker.getSymbolAtLocation(at)))
        enqueue(declaration, context);
    }
    node.forEachChild((child) => visit(child, context));
  }

  for (const [node, gate] of entryGate) enqueue(node, { gate, needs: map.gates[gate].needs });
  while (queue.length > 0) {
    const { node, context } = queue.shift()!;
    visit(node, context);
  }

  // Every Office member used under src/excel and src/functions runs under some gate.
  for (const file of src) {
    const path = repoPath(file.fileName);
    if (!path.startsWith("src/excel/") && !path.startsWith("src/functions/")) continue;
    const find = (node: ts.Node) => {
      if (ts.isPropertyAccessExpression(node)) {
        const symbol = unalias(checker.getSymbolAtLocation(node.name));
        if (symbol?.declarations?.some(isOfficeDeclaration)) {
          const line = file.getLineAndCharacterOfPosition(node.name.getStart()).line + 1;
          if (!usages.has(`${memberName(checker, symbol)}@${path}:${line}`))
            problems.push(`${memberName(checker, symbol)} runs under no gate: ${path}:${line}`);
        }
      }
      node.forEachChild(find);
    };
    find(file);
  }

  return {
    usages: [...usages.values()].sort((a, b) =>
      a.file === b.file ? a.line - b.line : a.file < b.file ? -1 : 1
    ),
    findings: [...new Set(problems)].sort(byPlace),
  };
}
