/// <reference types="vite/client" />
// A chart's styles live in its folder (src/charts/<id>/*.css, and the kits' own, such as
// guess/guess.css): each registers itself here by being there. The page frames import this
// module after the site's stylesheet, whose custom properties (colours, fonts) the charts use.
import.meta.glob(["./*/*.css", "./kit/*/*.css"], { eager: true });
