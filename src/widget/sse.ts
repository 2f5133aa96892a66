// A minimal server-sent-events reader for the AI SDK UI message stream: feeds text in as it
// arrives and hands out each event's `data` (JSON chunks, then the literal "[DONE]").

/** Returns `push(text)`; call it with each decoded piece of the body, then `push("", true)` at the end. */
export function sseParser(onData: (data: string) => void): (text: string, end?: boolean) => void {
  let buffer = "";
  const flush = (block: string) => {
    const data: string[] = [];
    for (const line of block.split("\n")) {
      if (line.startsWith("data:")) data.push(line.slice(line.startsWith("data: ") ? 6 : 5));
    }
    if (data.length > 0) onData(data.join("\n"));
  };
  return (text, end = false) => {
    buffer += text.replace(/\r\n?/g, "\n");
    let at = buffer.indexOf("\n\n");
    while (at >= 0) {
      flush(buffer.slice(0, at));
      buffer = buffer.slice(at + 2);
      at = buffer.indexOf("\n\n");
    }
    if (end && buffer.trim()) {
      flush(buffer);
      buffer = "";
    }
  };
}
