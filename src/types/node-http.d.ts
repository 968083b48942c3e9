// Node.js has had this on every outgoing message since 15.13; @types/node 20 declares it on
// ClientRequest only.
import 'node:http';

declare module 'node:http' {
  interface OutgoingMessage {
    /** Names of the headers set, spelled as set, in the order set. */
    getRawHeaderNames(): string[];
  }
}
