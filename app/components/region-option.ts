/** A region as the picker shows it (the API's match, the server's fallback list). */
export interface RegionOption {
  slug: string;
  name: string;
  parents: string[];
  reportCount: number;
  abolished?: number;
}

/** 余杭区 → 浙江省 杭州市: where the region lies, for telling 西湖区 in 杭州 from 西湖区 in 南昌. */
export const regionPath = (r: Pick<RegionOption, "parents">) => r.parents.join(" ");
