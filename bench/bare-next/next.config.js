// The reference for `npm run bench:lighthouse`: a bare Next app (a layout and one page; no CSS, no font), built
// from the project's own node_modules (`next build bench/bare-next`) into its own .next inside this folder.
/** @type {import('next').NextConfig} */
module.exports = { poweredByHeader: false };
