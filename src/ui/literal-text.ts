/**
 * Finds text written into a component instead of read from the catalogue (src/content): JSX
 * text with a word in it, and string or template literals that reach the page as a child or
 * as a user-visible prop (aria-label, title, placeholder, alt, label …). A literal that is an
 * argument of a call, a key, a class name or a test id is not text on the page and is not
 * reported. Used by a test over every component (./literal-text.test.ts); runs in Node with
 * the TypeScript compiler's parser, no page or DOM needed.
 */
import ts from 'typescript';

/** Props whose value a person reads or hears (screen readers read aria-label and title). */
export const VISIBLE_PROPS = new Set([
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
  'title',
  'placeholder',
  'alt',
  'label',
  'caption',
  'heading',
  'note',
  'summary',
  'hint',
  'what',
  'rowTitle',
  'colTitle',
  'targetName',
  // A chart series' name, shown in its legend and tooltip; a panel's name in its error.
  'name',
]);

/**
 * Words that read the same in every language the page speaks: units, names of metrics and
 * formats. Anything else with two Latin letters in a row is a word to translate.
 */
export const SAME_IN_EVERY_LANGUAGE = new Set([
  'GB',
  'MSE',
  'RMSE',
  'FLOPs',
  'NaN',
  'ReLU',
  'CSV',
  'JSON',
  'id',
  'log',
  'max',
  'std',
  'exp',
  'softmax',
  'iter',
  'ln',
]);

/** Whether a literal's text holds a word to translate. */
export function hasWords(text: string): boolean {
  const words = text.match(/[A-Za-zÄÖÜäöüß]{2,}/g) ?? [];
  return words.some((w) => !SAME_IN_EVERY_LANGUAGE.has(w));
}

/** One piece of literal text in a component. */
export interface LiteralText {
  /** 1-based line in the file. */
  line: number;
  /** Where it goes: "text", or the prop's name. */
  where: string;
  text: string;
}

/** The literal parts of a string or template literal (the `${…}` parts left out). */
function literalParts(node: ts.Node): string | null {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node))
    return [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join('…');
  return null;
}

/**
 * Whether a literal's value is what its JSX expression shows: reached from the `{…}` only
 * through conditionals (`a ? 'x' : 'y'`), `&&`, `||`, `??`, parentheses and template spans.
 */
function isShownBy(literal: ts.Node, container: ts.Node): boolean {
  let node: ts.Node = literal;
  while (node.parent && node.parent !== container) {
    const p = node.parent;
    const passes =
      ts.isParenthesizedExpression(p) ||
      (ts.isConditionalExpression(p) && node !== p.condition) ||
      (ts.isBinaryExpression(p) &&
        [
          ts.SyntaxKind.AmpersandAmpersandToken,
          ts.SyntaxKind.BarBarToken,
          ts.SyntaxKind.QuestionQuestionToken,
          ts.SyntaxKind.PlusToken,
        ].includes(p.operatorToken.kind)) ||
      ts.isTemplateSpan(p) ||
      ts.isTemplateExpression(p) ||
      // A chart's label object: `label={{ value: 'step', position: 'insideBottom' }}`.
      ts.isObjectLiteralExpression(p) ||
      (ts.isPropertyAssignment(p) &&
        node === p.initializer &&
        (p.name.getText() === 'value' || VISIBLE_PROPS.has(p.name.getText())));
    if (!passes) return false;
    node = p;
  }
  return node.parent === container;
}

/** Every literal text of one .tsx source. */
export function literalTexts(fileName: string, source: string): LiteralText[] {
  const file = ts.createSourceFile(
    fileName,
    source,
    ts.ScriptTarget.Latest,
    true,
    ts.ScriptKind.TSX,
  );
  const found: LiteralText[] = [];
  const report = (node: ts.Node, where: string, text: string) =>
    found.push({ line: file.getLineAndCharacterOfPosition(node.getStart()).line + 1, where, text });

  /** Literals shown by a `{…}` (as a child, or as the value of a visible prop). */
  const scanExpression = (container: ts.JsxExpression, where: string) => {
    const visit = (node: ts.Node) => {
      const text = literalParts(node);
      if (text !== null && hasWords(text) && isShownBy(node, container))
        report(node, where, text.trim());
      ts.forEachChild(node, visit);
    };
    if (container.expression) visit(container.expression);
  };

  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && hasWords(node.text)) report(node, 'text', node.text.trim());
    if (ts.isJsxExpression(node) && (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent)))
      scanExpression(node, 'text');
    if (ts.isJsxAttribute(node) && node.initializer) {
      const name = node.name.getText(file);
      if (VISIBLE_PROPS.has(name)) {
        const init = node.initializer;
        if (ts.isStringLiteral(init) && hasWords(init.text)) report(init, name, init.text);
        if (ts.isJsxExpression(init)) scanExpression(init, name);
      }
      // A prop's own `{…}` is scanned here only; do not walk it again as a child.
      if (!ts.isJsxExpression(node.initializer) || !VISIBLE_PROPS.has(name)) {
        ts.forEachChild(node, visit);
      }
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}
