/**
 * A Vite plugin for one chunk: the script every page loads (src/layouts/Base.astro), which loads the kiosk runtime
 * on kiosk devices.
 * Vite wraps each dynamic import() in its module-preload helper (≈ 0.9 KB gzip), which would make every page
 * download that helper on arrival just to *maybe* load the kiosk runtime. Here that one import() is
 * unwrapped to a plain `import("./runtime.….js")`; the runtime's own imports then load as usual. The build
 * fails if the chunk's code no longer has the expected shape, so this can't silently stop working.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

const WRAPPED = /([A-Za-z_$][\w$]*)\(\(\)=>import\(([`"'][^`"']+[`"'])\),__vite__mapDeps\(\[[\d,]*\]\)\)/;

export function plainKioskImport(): Plugin {
  return {
    name: 'belajar-prakerja:plain-kiosk-import',
    apply: 'build',
    enforce: 'post',
    // After Vite's own bundle steps have added the helper: rewrite the written file.
    writeBundle(options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !/layouts[\\/]Base\.astro\?astro&type=script/.test(chunk.facadeModuleId ?? '') || !options.dir) continue;
        const file = join(options.dir, chunk.fileName);
        const original = readFileSync(file, 'utf8');
        const match = WRAPPED.exec(original);
        if (!match) this.error(`plain-kiosk-import: no wrapped import() of the kiosk runtime in ${chunk.fileName}`);
        const helper = match[1]!.replace(/\$/g, '\\$');
        const code = original
          .replace(WRAPPED, `import(${match[2]})`)
          .replace(/^const __vite__mapDeps=.*\n/, '')
          .replace(new RegExp(`import\\{[\\w$]+ as ${helper}\\}from"\\./preload-helper\\.[\\w-]+\\.js";`), '');
        if (code.includes('preload-helper') || code.includes('__vite__mapDeps')) this.error(`plain-kiosk-import: could not unwrap ${chunk.fileName}`);
        writeFileSync(file, code);
      }
    },
  };
}
