// GET /: a plain page with a working chat box (the embeddable widget replaces it later).
import { Hono } from "hono";

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>recordpath: get your medical records</title>
<link rel="stylesheet" href="/demo.css">
</head>
<body>
<main>
<h1>Get your medical records</h1>
<p>Tell recordpath what you need. It explains the fastest way to get your records, your rights, and drafts the request letter.</p>
<div id="log" role="log" aria-live="polite" aria-label="Conversation"></div>
<div id="choices" aria-label="Quick replies"></div>
<form id="chat">
<label for="text">Your message</label>
<input id="text" name="text" autocomplete="off" maxlength="4000" required>
<button type="submit">Send</button>
</form>
</main>
<script src="/demo.js" defer></script>
</body>
</html>`;

const CSS = `body{font:16px/1.5 system-ui,sans-serif;margin:0;background:#f6f7f9;color:#1b1f24}
main{max-width:40rem;margin:2rem auto;padding:0 1rem}
#log{background:#fff;border:1px solid #d0d7de;border-radius:8px;padding:1rem;min-height:12rem;white-space:pre-wrap}
.user{color:#0b4f9c;margin:.5rem 0}.bot{margin:.5rem 0}
#choices button,form button{font:inherit;margin:.25rem;padding:.4rem .8rem;border-radius:6px;border:1px solid #0b4f9c;background:#fff;color:#0b4f9c;cursor:pointer}
form{display:flex;gap:.5rem;margin-top:1rem;align-items:center}input{flex:1;font:inherit;padding:.5rem}`;

// Reads the AI SDK UI message stream (SSE) by hand: text deltas, choices and document cards.
const JS = `const log=document.getElementById("log"),choices=document.getElementById("choices"),form=document.getElementById("chat"),input=document.getElementById("text");
const known=localStorage.getItem("rp-session"),id=known||crypto.randomUUID().replaceAll("-","");localStorage.setItem("rp-session",id);
function add(cls,text){const p=document.createElement("p");p.className=cls;p.textContent=text;log.appendChild(p);return p}
async function send(text){add("user",text);choices.replaceChildren();const bot=add("bot","…");
const res=await fetch("/api/chat",{method:"POST",headers:{"content-type":"application/json"},body:JSON.stringify({id,message:{role:"user",parts:[{type:"text",text}]}})});
if(!res.ok){const e=await res.json().catch(()=>null);bot.textContent=e&&e.error?e.error.message:"Something went wrong.";return}
const reader=res.body.pipeThrough(new TextDecoderStream()).getReader();let buf="",out="";
for(;;){const {value,done}=await reader.read();if(done)break;buf+=value;let i;while((i=buf.indexOf("\\n\\n"))>=0){const line=buf.slice(0,i).replace(/^data: /,"");buf=buf.slice(i+2);if(line==="[DONE]")continue;let ev;try{ev=JSON.parse(line)}catch{continue}
if(ev.type==="text-delta"){out+=ev.delta;bot.textContent=out}
else if(ev.type==="text-end"){out+="\\n"}
else if(ev.type==="data-choices"){choices.replaceChildren(...ev.data.options.map(o=>{const b=document.createElement("button");b.type="button";b.textContent=o.label;b.onclick=()=>send(o.value);return b}))}
else if(ev.type==="data-document"){const a=document.createElement("a");a.href=ev.data.url;a.textContent="Download: "+ev.data.title;const p=document.createElement("p");p.appendChild(a);log.appendChild(p)}
else if(ev.type==="error"){bot.textContent=ev.errorText}}}
bot.textContent=out.trim()||bot.textContent}
form.addEventListener("submit",e=>{e.preventDefault();const t=input.value.trim();if(t){input.value="";send(t)}});
if(!known)send("Hello");`;

export function pageRoutes() {
  const app = new Hono();
  app.get("/", (c) => c.html(PAGE));
  app.get("/demo.css", (c) => c.body(CSS, 200, { "Content-Type": "text/css; charset=utf-8" }));
  app.get("/demo.js", (c) => c.body(JS, 200, { "Content-Type": "text/javascript; charset=utf-8" }));
  return app;
}
