// Loads the built-in templates from templates/*.json, validated at load (a bad file names itself and the path).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { TemplateError, parseTemplate } from '../common/templates/engine';
import type { Template } from '../common/templates/schema';

export function loadTemplates(dir: string): Template[] {
  const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  return files.map((f) => {
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(join(dir, f), 'utf8'));
    } catch (e) {
      throw new TemplateError(f, '', `不是有效的 JSON（${(e as Error).message}）`);
    }
    return parseTemplate(f, json);
  });
}
