// A plugin's React components join Counter's bundle through the one ComponentLoader.
import { fileURLToPath } from 'node:url';
import { componentLoader } from '../components/index.js';

/**
 * Registers a component file (a file: URL or an absolute path, e.g. new URL('./Badge.tsx', import.meta.url))
 * under a name; returns the name to put in `components: { list: … }` or a widget's `component`.
 * Registering the same file twice is harmless; another file under a taken name throws.
 */
export function registerComponent(name: string, file: URL | string): string {
  const path = file instanceof URL || file.startsWith('file:') ? fileURLToPath(file) : file;
  return componentLoader.add(name, path);
}
