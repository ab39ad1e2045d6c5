/**
 * Build-only: the coaching data (lib/analysis/data/*, lib/analysis/rewrite/phrases.ts and threats.ts) keeps
 * an example, a near miss and a source beside every pattern, for reviewers and for the tests that run them. The engine
 * only needs the patterns, so the production bundle drops those properties (about 40 KB of text).
 */
import ts from 'typescript';
import type { Plugin } from 'vite';

const FILES = /[/\\]lib[/\\]analysis[/\\](?:data[/\\][\w-]+|rewrite[/\\](?:phrases|threats))\.ts$/;
const DOCS = new Set(['example', 'nearMiss', 'examples', 'source']);

export function stripEntryDocs(code: string, fileName = 'x.ts'): string {
  const file = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const drop: ts.TransformerFactory<ts.SourceFile> = (ctx) => {
    const visit = (node: ts.Node): ts.Node => {
      if (ts.isObjectLiteralExpression(node)) {
        const kept = node.properties.filter(
          (p) => !(ts.isPropertyAssignment(p) && ts.isIdentifier(p.name) && DOCS.has(p.name.text)),
        );
        return ts.factory.updateObjectLiteralExpression(
          node,
          ts.visitNodes(ts.factory.createNodeArray(kept), visit) as ts.NodeArray<ts.ObjectLiteralElementLike>,
        );
      }
      return ts.visitEachChild(node, visit, ctx);
    };
    return (sf) => ts.visitNode(sf, visit) as ts.SourceFile;
  };
  const out = ts.transform(file, [drop]);
  const printed = ts.createPrinter().printFile(out.transformed[0]!);
  out.dispose();
  return printed;
}

export function stripEntryDocsPlugin(): Plugin {
  return {
    name: 'leadwell:strip-entry-docs',
    enforce: 'pre',
    apply: 'build',
    transform(code, id) {
      if (!FILES.test(id.split('?')[0]!)) return null;
      return { code: stripEntryDocs(code, id), map: null };
    },
  };
}
