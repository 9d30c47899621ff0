/**
 * Whether to colour a stream, by the usual conventions: --no-color and NO_COLOR turn colour off,
 * FORCE_COLOR turns it on (for CI logs that render ANSI), otherwise only a terminal gets colour.
 */
import pc from 'picocolors';

export type Colors = ReturnType<typeof pc.createColors>;

export function useColor(isTTY: boolean, option: boolean | undefined, env: NodeJS.ProcessEnv = process.env): boolean {
  if (option === false) return false;
  if (env.NO_COLOR) return false;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  return isTTY;
}

export function colors(enabled: boolean): Colors {
  return pc.createColors(enabled);
}
