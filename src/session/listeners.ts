// Who receives a session's events: the newest rerun post's response while one is open, else the tab's stream.
// A new post closes older ones; a new stream closes the old stream.
import type { SessionEvent } from "./event-log.ts";
import type { Listener } from "./types.ts";

export class Listeners {
  private posts: Listener[] = [];
  private stream: Listener | null = null;

  /** Adds a listener; `onStream(open)` is told when the tab's stream opens or goes. Returns its detach. */
  add(listener: Listener, onStream: (open: boolean) => void): () => void {
    if (listener.kind === "post") {
      for (const old of this.posts) old.close();
      this.posts = [listener];
    } else {
      this.stream?.close();
      this.stream = listener;
      onStream(true);
    }
    return () => {
      this.posts = this.posts.filter((l) => l !== listener);
      if (this.stream === listener) {
        this.stream = null;
        onStream(false);
      }
    };
  }

  /** Delivers an event to the newest post, else the stream (else nobody: the log keeps it for replay). */
  send(event: SessionEvent): void {
    (this.posts[this.posts.length - 1] ?? this.stream)?.send(event);
  }

  /** True while the tab's stream is open. */
  get streaming(): boolean {
    return this.stream !== null;
  }

  /** True while a stream or a post is open (the session is in use). */
  get connected(): boolean {
    return this.stream !== null || this.posts.length > 0;
  }

  /** Closes the tab's stream (the browser reconnects and gets what it missed). */
  closeStream(): void {
    this.stream?.close();
  }
}
