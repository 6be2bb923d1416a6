// The layer rule on resolved paths: a relative import is resolved against the importing file and the layer of the
// file it reaches is checked, so `../../node/x` from core/common fails however the path is spelled. Package imports
// (node:fs, electron, react…) are covered by no-restricted-imports in eslint.config.js.
import path from 'node:path';

/** Which files may not import which folders (paths relative to the project root, '/'-separated). */
export const LAYERS = [
  {
    from: 'core/common/',
    forbidden: ['core/node/', 'hosts/', 'electron/', 'renderer/'],
    message: 'core/common 只能依赖 core/common（此处导入了 {{target}}）。',
  },
  {
    from: 'core/node/',
    forbidden: ['hosts/', 'electron/', 'renderer/'],
    message: 'core/node 只能依赖 core/common 和 core/node（此处导入了 {{target}}）。',
  },
  {
    from: 'renderer/',
    forbidden: ['core/node/', 'hosts/', 'electron/'],
    message: 'renderer 只能依赖 core/common，通过 api.ts 调用宿主（此处导入了 {{target}}）。',
  },
  {
    // features use the editor; the editor never reaches back into a feature, so the two cannot form a cycle.
    from: 'renderer/src/editor/',
    forbidden: ['renderer/src/features/'],
    message: 'renderer/src/editor 不能依赖 renderer/src/features（会形成循环依赖；此处导入了 {{target}}）。',
  },
];

/** The project-relative path a specifier reaches from `filename`, or null for a package import. */
export function resolveTarget(root, filename, specifier) {
  if (!specifier.startsWith('.')) return null;
  const abs = path.resolve(path.dirname(path.resolve(root, filename)), specifier);
  return path.relative(root, abs).split(path.sep).join('/');
}

export function violation(root, filename, specifier) {
  const target = resolveTarget(root, filename, specifier);
  if (target === null) return null;
  const from = path.relative(root, path.resolve(root, filename)).split(path.sep).join('/');
  for (const layer of LAYERS) {
    if (!from.startsWith(layer.from)) continue;
    if (layer.forbidden.some((f) => target.startsWith(f) || `${target}/` === f)) return layer.message.replace('{{target}}', target);
  }
  return null;
}

const rule = {
  meta: { type: 'problem', docs: { description: 'Layer boundaries on resolved relative imports' }, schema: [] },
  create(context) {
    const root = context.cwd;
    const check = (node, source) => {
      if (!source || typeof source.value !== 'string') return;
      const message = violation(root, context.filename, source.value);
      if (message) context.report({ node: source, message });
    };
    return {
      ImportDeclaration: (n) => check(n, n.source),
      ExportNamedDeclaration: (n) => check(n, n.source),
      ExportAllDeclaration: (n) => check(n, n.source),
      ImportExpression: (n) => check(n, n.source.type === 'Literal' ? n.source : null),
      TSImportType: (n) => check(n, n.argument?.type === 'TSLiteralType' ? n.argument.literal : n.argument),
    };
  },
};

export default { rules: { layers: rule } };
