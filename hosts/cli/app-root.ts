// The app root as seen from the CLI bundle (dist/cli/qicao.mjs) or from sources under test.
import { fileURLToPath } from 'node:url';
import { appPaths, findAppRoot } from '../../core/node/app-paths';

export const cliPaths = () => appPaths(findAppRoot(fileURLToPath(new URL('.', import.meta.url))));
