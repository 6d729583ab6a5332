// Runs before `npm start`, `npm test`, `npm run build` and `npm run dev`: says plainly when the Node.js that runs the
// project's scripts is too old, instead of Astro's bare "Node.js v20 is not supported".
// npm puts node_modules/.bin first on PATH for scripts, and `npm install` brings Node 24 there through the optional
// dependency node-<platform>-<arch> (see CONTRIBUTING.md, "Node.js"), so the machine's own Node may be older.
// Written for any Node that can run npm: no syntax or API newer than Node 14.
const MIN = [22, 12];
const [major, minor] = process.versions.node.split('.').map(Number);
if (major > MIN[0] || (major === MIN[0] && minor >= MIN[1])) process.exit(0);

const platform = `${process.platform}-${process.arch}`;
const BUNDLED = ['linux-x64', 'linux-arm64', 'darwin-x64', 'win32-x64'];
console.error(`
✖ Belajar Prakerja needs Node.js ${MIN.join('.')} or newer to build; this is Node.js ${process.versions.node}.`);
if (BUNDLED.includes(platform)) {
  console.error(`  \`npm install\` brings Node.js 24 into node_modules for ${platform}, but it is not there.
  Run \`npm install\` again (without --omit=optional or --no-optional), then this command again.`);
} else {
  console.error(`  npm has no Node.js package for ${platform}, so \`npm install\` could not bring one.
  Install Node.js 24 LTS (https://nodejs.org/ or a version manager such as nvm or fnm), then \`npm install\` again.`);
}
process.exit(1);
