// One colour per direction of learning, everywhere (charts, badges, legends); the same values are CSS variables
// in styles.css. Chosen to stay apart for the common colour-vision deficiencies, and each is always paired with
// its name, never shown alone.
export type Direction = "UPWARD" | "DOWNWARD" | "MUTUAL";

export const directionColor: Record<Direction, string> = {
  UPWARD: "#1b6fd1",
  DOWNWARD: "#d9661c",
  MUTUAL: "#7b4fc9",
};

export const directionLabel: Record<Direction, string> = {
  UPWARD: "Upward (junior → senior)",
  DOWNWARD: "Downward (senior → junior)",
  MUTUAL: "Mutual",
};

export const directionShort: Record<Direction, string> = {
  UPWARD: "Upward",
  DOWNWARD: "Downward",
  MUTUAL: "Mutual",
};

export const directions: Direction[] = ["UPWARD", "DOWNWARD", "MUTUAL"];

export const neutral = "#6b7280";
export const suppressedColor = "#c9ccd1";
