/**
 * A Vite plugin for one chunk: the script every page loads (src/layouts/Base.astro), which loads the kiosk runtime
 * on kiosk devices and the text-size panel's behaviour the first time someone opens it.
 * Vite wraps each dynamic import() in its module-preload helper (≈ 0.9 KB gzip), which would make every page
 * download that helper on arrival just to *maybe* load one of them. Here each such import() is unwrapped to a
 * plain `import("./….js")`; the loaded module's own imports then load as usual. The build fails if the chunk's
 * code no longer has the expected shape, so this can't silently stop working.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

/** `helper(()=>import("…")…,__vite__mapDeps([…]))`: group 1 the helper, group 2 the expression it wraps. */
const WRAPPED = /([A-Za-z_$][\w$]*)\(\(\)=>(import\([`"'][^`"']+[`"']\)[^;]*?),__vite__mapDeps\(\[[\d,]*\]\)\)/g;

export function plainKioskImport(): Plugin {
  return {
    name: 'belajar-prakerja:plain-kiosk-import',
    apply: 'build',
    enforce: 'post',
    // After Vite's own bundle steps have added the helper: rewrite the written file.
    writeBundle(options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (
          chunk.type !== 'chunk' ||
          !/layouts[\\/]Base\.astro\?astro&type=script/.test(chunk.facadeModuleId ?? '') ||
          !options.dir
        )
          continue;
        const file = join(options.dir, chunk.fileName);
        const original = readFileSync(file, 'utf8');
        const matches = [...original.matchAll(WRAPPED)];
        if (matches.length < 2)
          this.error(
            `plain-kiosk-import: expected the wrapped import() of the kiosk runtime and the text-size panel in ${chunk.fileName}, found ${matches.length}`,
          );
        const helper = matches[0]![1]!.replace(/\$/g, '\\$');
        const code = original
          .replace(WRAPPED, (_m, _h, expression: string) => expression)
          .replace(/^const __vite__mapDeps=.*\n/, '')
          .replace(new RegExp(`import\\{[\\w$]+ as ${helper}\\}from"\\./preload-helper\\.[\\w-]+\\.js";`), '');
        if (code.includes('preload-helper') || code.includes('__vite__mapDeps'))
          this.error(`plain-kiosk-import: could not unwrap ${chunk.fileName}`);
        writeFileSync(file, code);
      }
    },
  };
}
