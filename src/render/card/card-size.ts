/** The size link previews show large (Open Graph, X, LinkedIn, Slack): 1.91 to 1. */
export const CARD_SIZE = { width: 1200, height: 630 } as const;
