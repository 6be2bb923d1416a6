// Loads the real built-in templates from templates/ for tests.
import { join } from 'node:path';
import { loadTemplates } from '../../core/node/templates';

export const TEMPLATES_DIR = join(import.meta.dirname, '..', '..', 'templates');
export const builtinTemplates = () => loadTemplates(TEMPLATES_DIR);
