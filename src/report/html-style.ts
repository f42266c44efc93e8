// The HTML report's style sheet: three panes on a wide screen (findings, left article, right article), each
// scrolling on its own so that two linked claims far apart can be seen at once; stacked on a phone.

export const STYLE = `
:root{--ink:#1d2329;--dim:#5b6670;--line:#d5dbe1;--paper:#fff;--soft:#f3f5f7;--hit:#ffe28a;--link:#dbeafe;
--strong:#b42318;--medium:#b54708;--weak:#667085;--only:#155e75;--focus:#1d4ed8;--alone:#fde4e1}
*{box-sizing:border-box}
html,body{margin:0;background:var(--paper);color:var(--ink);font:16px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif}
header.top{padding:.6rem 1rem;border-bottom:1px solid var(--line);background:var(--soft)}
h1{font-size:1.2rem;margin:0}
h2{font-size:1rem;margin:0 0 .5rem;position:sticky;top:0;background:var(--paper);padding:.5rem 0;z-index:1}
.meta{margin:.2rem 0 0;color:var(--dim);font-size:.9rem}
.keys{margin:.2rem 0 0;color:var(--dim);font-size:.8rem}
kbd{border:1px solid var(--line);border-radius:3px;padding:0 .25rem;font-size:.8rem;background:var(--paper)}
.layout{display:grid;grid-template-columns:minmax(15rem,22rem) 1fr 1fr;gap:0;height:calc(100vh - var(--top,5.5rem))}
.pane{overflow:auto;padding:0 1rem 2rem;border-right:1px solid var(--line);min-width:0}
.pane:last-child{border-right:0}
ol.findings{list-style:none;margin:0;padding:0}
.finding{display:block;width:100%;text-align:left;margin:0 0 .6rem;padding:.5rem .6rem;border:1px solid var(--line);
border-left:5px solid var(--weak);border-radius:6px;background:var(--paper);color:inherit;text-decoration:none;font:inherit;cursor:pointer}
.finding.strong{border-left-color:var(--strong)}.finding.medium{border-left-color:var(--medium)}
.finding:hover{background:var(--soft)}
.finding.active{background:#fff7e0;border-color:var(--medium);box-shadow:0 0 0 2px var(--hit)}
.finding .head{display:flex;gap:.5rem;align-items:baseline;font-size:.8rem;color:var(--dim)}
.kind{font-weight:700;text-transform:uppercase;letter-spacing:.03em;color:var(--ink)}
.strength{margin-left:auto}
.message{display:block;margin:.2rem 0}
.sides{display:block;font-size:.85rem;color:var(--dim)}
.sides .id{font-weight:600;color:var(--ink)}
.none{color:var(--dim);font-style:italic}
.article p{margin:0 0 .7rem}
.claim{border-radius:4px;padding:1px 2px;cursor:pointer}
.claim:hover{background:var(--soft)}
.claim.only{color:#3d4852}
.tag{font-size:.68rem;color:var(--only);border:1px dashed var(--only);border-radius:3px;padding:0 .2rem;margin-right:.25rem;white-space:nowrap;vertical-align:1px}
.claim .cid{font:inherit;font-size:.7rem;color:var(--dim);vertical-align:super;margin:0 .15rem 0 0;padding:0 .1rem;
border:0;border-radius:3px;background:none;cursor:pointer}.claim .cid:hover{color:var(--focus)}
.claim.linked{background:var(--link)}
.claim.hit{background:var(--link);box-shadow:0 0 0 2px var(--focus)}
mark{background:var(--hit);color:inherit;border-radius:2px;padding:0 1px}
.claim.flagged mark{box-shadow:inset 0 -2px 0 var(--medium)}
/* A selected pair's words: a dotted underline has a counterpart, a dashed box has none (not colour alone). */
.w.shown,.legend .w{text-decoration:underline dotted;text-decoration-thickness:1px;text-underline-offset:.2em}
.w.alone.shown,.legend .w.alone{text-decoration:none;background:var(--alone);outline:1px dashed var(--strong);outline-offset:-1px;border-radius:2px}
.w.twin{background:var(--hit);outline:2px solid var(--focus);outline-offset:0}
.legend{margin:.2rem 0 0;color:var(--dim);font-size:.8rem}.legend .w{color:var(--ink)}
.sr-only{position:absolute;width:1px;height:1px;margin:-1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
.partners{font-size:.75rem;color:var(--dim);margin-left:.2rem;white-space:nowrap}
a{color:var(--focus)}
:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
.empty{color:var(--dim)}
.filter{font-size:.85rem;color:var(--dim);margin:0 0 .6rem}.filter input{width:100%}
li[hidden]{display:none}
@media (max-width:1100px){.layout{grid-template-columns:1fr 1fr;height:auto}
.pane.findings-pane{grid-column:1/-1;max-height:40vh;border-right:0;border-bottom:1px solid var(--line)}
.pane.article{height:calc(100vh - var(--top,5.5rem))}}
@media (max-width:700px){.layout{display:block;height:auto}
.pane,.pane.article,.pane.findings-pane{height:auto;max-height:none;overflow:visible;border-right:0;border-bottom:1px solid var(--line)}
h2{position:static}.keys{display:none}}
@media print{.layout{display:block;height:auto}.pane{overflow:visible;height:auto}}
`;
