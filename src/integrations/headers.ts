/**
 * Writes dist/_headers: the response headers of deploy/headers.mjs in the format Netlify and Cloudflare Pages
 * read (nginx: deploy/nginx.conf). Runs after the search index is written, since it lists Pagefind's files.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { headersFile } from '../../deploy/headers.mjs';

export default function headers(): AstroIntegration {
  return {
    name: 'belajar-prakerja:headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const pagefind = join(dist, 'pagefind');
        const pagefindFiles = existsSync(pagefind)
          ? readdirSync(pagefind, { withFileTypes: true })
              .filter((d) => d.isFile())
              .map((d) => d.name)
          : [];
        writeFileSync(join(dist, '_headers'), headersFile({ pagefindFiles }));
        logger.info('dist/_headers written (deploy/headers.mjs)');
      },
    },
  };
}
