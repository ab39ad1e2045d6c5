/** The overlay's CSS, scoped by its shadow root. Colours follow severity: hint < warning < alert. */
export const OVERLAY_CSS = `
:host { all: initial; }
* { box-sizing: border-box; }
/* Its own compositor layer: the editor repainting under it on every key does not repaint the marks (issue 14). */
.marks { position: fixed; left: 0; top: 0; width: 100vw; height: 100vh; overflow: hidden; pointer-events: none; contain: strict; will-change: transform; }
.mark { position: absolute; pointer-events: auto; cursor: text; border-bottom: 2px solid #e39b1b; background: transparent; }
.mark[data-severity="hint"] { border-bottom: 2px dotted #5b7cfa; }
.mark[data-severity="alert"] { border-bottom-color: #d93025; }
.mark.active { background: rgba(227, 155, 27, 0.16); }
.card, .list { position: fixed; pointer-events: auto; width: 340px; max-width: calc(100vw - 16px);
  background: #fff; color: #1f2328; font: 13px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif;
  border: 1px solid #d0d7de; border-radius: 10px; box-shadow: 0 8px 24px rgba(0,0,0,.18); padding: 12px 14px; }
.card { overflow-y: auto; overscroll-behavior: contain; }
.title { font-weight: 600; font-size: 14px; margin: 0 0 4px; }
.why { margin: 0 0 8px; color: #3d444d; }
.quote { margin: 0 0 8px; color: #59636e; font-style: italic; }
.rewrites { display: flex; flex-direction: column; gap: 6px; margin: 0 0 10px; }
button { font: inherit; cursor: pointer; border-radius: 6px; border: 1px solid #d0d7de; background: #f6f8fa; color: inherit;
  padding: 4px 10px; text-align: left; }
button:focus-visible { outline: 2px solid #0969da; outline-offset: 1px; }
button[data-leadwell-apply] { background: #eef6ee; border-color: #9bc59b; }
.actions { display: flex; gap: 6px; flex-wrap: wrap; }
.problems { margin: 0 0 8px; padding-left: 18px; color: #3d444d; }
.reason { display: block; margin: 0 0 6px; color: #3d444d; }
.reason input { display: block; width: 100%; box-sizing: border-box; margin-top: 3px; font: inherit; padding: 4px 6px;
  border: 1px solid #d0d7de; border-radius: 6px; }
.badge { position: fixed; pointer-events: auto; min-width: 24px; height: 24px; border-radius: 12px; padding: 0 7px;
  font: 600 12px/22px system-ui, sans-serif; text-align: center; border: 1px solid #9bc59b; background: #eef6ee; color: #1a7f37; }
.badge[data-label="process-only"] { border-color: #e39b1b; background: #fff4e0; color: #8a5300; }
.list ul { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: 4px; }
.notice { margin: 0 0 6px; color: #59636e; }
[hidden] { display: none !important; }
`;
