import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, lstatSync, mkdirSync, readdirSync, realpathSync, rmSync, symlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The project this bench belongs to. */
export const projectRoot = join(import.meta.dirname, '../..');

/** Caches a build or a test run writes into node_modules; a copy gets its own. */
const ownCaches = new Set(['.vite', '.vite-temp', '.astro', '.vitest-cache', '.cache']);

/**
 * The project's source files: tracked, plus untracked files git does not ignore (work in progress is
 * part of what is measured). Files deleted from the working tree are left out.
 */
export function projectFiles(root = projectRoot): string[] {
  let listing: string[];
  try {
    listing = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'ignore'],
    }).split('\0');
  } catch {
    listing = walk(root); // not a git checkout (e.g. itself a copy): every file outside build output and caches
  }
  return [...new Set(listing.filter(Boolean))].filter((f) => {
    try {
      return lstatSync(join(root, f)).isFile();
    } catch {
      return false;
    }
  });
}

/** Folders that hold build output, caches or dependencies, never source. */
const notSource = new Set(['.git', 'node_modules', 'dist', '.astro', '.cache', 'bench-results', 'test-results', 'inbox']);

function walk(root: string, rel = ''): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(join(root, rel), { withFileTypes: true })) {
    const path = rel ? `${rel}/${entry.name}` : entry.name;
    if (entry.isDirectory()) {
      if (!notSource.has(entry.name) && !entry.name.startsWith('dist-')) out.push(...walk(root, path));
    } else if (entry.isFile()) out.push(path);
  }
  return out;
}

/**
 * Links every package of `from` into a real `node_modules` folder at `to`, so a build there resolves the
 * same packages but writes its caches (`.vite`, `.astro`) into its own folder, not into the project's.
 */
export function linkNodeModules(from: string, to: string): void {
  const source = realpathSync(from);
  mkdirSync(to, { recursive: true });
  for (const name of readdirSync(source)) {
    if (ownCaches.has(name)) continue;
    symlinkSync(join(source, name), join(to, name));
  }
}

/**
 * An isolated copy of the project in `dest`: its source files, and node_modules linked from the project.
 * Astro builds there share nothing with builds in the project itself (`.astro/`, `node_modules/.vite`).
 */
export function copyProject(dest: string, root = projectRoot): string {
  rmSync(dest, { recursive: true, force: true });
  mkdirSync(dest, { recursive: true });
  for (const file of projectFiles(root)) {
    mkdirSync(dirname(join(dest, file)), { recursive: true });
    copyFileSync(join(root, file), join(dest, file));
  }
  if (!existsSync(join(root, 'node_modules'))) throw new Error(`${root} has no node_modules: run npm install first.`);
  linkNodeModules(join(root, 'node_modules'), join(dest, 'node_modules'));
  return dest;
}

/** Copies a folder (a template) file by file and links the project's node_modules into it. */
export function copyTemplate(template: string, dest: string, root = projectRoot): string {
  rmSync(dest, { recursive: true, force: true });
  const walk = (dir: string, rel: string) => {
    mkdirSync(join(dest, rel), { recursive: true });
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(join(dir, entry.name), join(rel, entry.name));
      else if (entry.isFile()) copyFileSync(join(dir, entry.name), join(dest, rel, entry.name));
    }
  };
  walk(template, '');
  linkNodeModules(join(root, 'node_modules'), join(dest, 'node_modules'));
  return dest;
}
