// node --enable-source-maps --import ./scripts/ts-loader.mjs src/server.ts (see ts-hooks.mjs).
import { register } from 'node:module';

register('./ts-hooks.mjs', import.meta.url);
