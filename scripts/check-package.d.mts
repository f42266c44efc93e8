export interface PackageCheck {
  name: string;
  ok: boolean;
  detail: string;
}
export declare function checkPackage(options?: { keep?: boolean }): {
  ok: boolean;
  checks: PackageCheck[];
  work: string;
  megabytes?: number;
};
