// The web app (vendor console and partner portal) arrives with its own issue; this package
// exists now so the workspace layout and the build pipeline are settled from day one.
export const appName = 'Trellis';
