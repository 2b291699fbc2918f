// The part of autocannon 9 that scripts/load.ts uses (the package ships no types).
declare module 'autocannon' {
  type Options = {
    url: string;
    connections: number;
    duration: number;
    timeout: number;
    requests: { method: string; path: string }[];
  };
  type Result = {
    requests: { total: number };
    latency: { max: number };
    errors: number;
    timeouts: number;
    non2xx: number;
  };
  type Instance = PromiseLike<Result> & {
    on(event: 'response', listener: (client: unknown, statusCode: number, resBytes: number, responseTime: number) => void): void;
  };
  export default function autocannon(options: Options): Instance;
}
