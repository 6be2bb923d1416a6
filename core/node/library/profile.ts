// 单位信息 (one per library) and the app's own settings, stored as JSON.
import { EMPTY_PROFILE, type UnitProfile } from '../../common/model/types';
import type { Store } from '../store/store';

export class UnitProfiles {
  constructor(private readonly store: Store) {}

  get(): UnitProfile {
    return this.store.run('读取单位信息', () => {
      const row = this.store.prepare('SELECT json FROM unit_profile WHERE id = 1').get() as { json: string } | undefined;
      return { ...EMPTY_PROFILE, ...(row ? (JSON.parse(row.json) as Partial<UnitProfile>) : {}) };
    });
  }

  set(profile: UnitProfile): UnitProfile {
    const clean: UnitProfile = { ...EMPTY_PROFILE };
    for (const k of Object.keys(EMPTY_PROFILE) as (keyof UnitProfile)[]) clean[k] = String(profile[k] ?? '').trim();
    this.store.run('保存单位信息', () =>
      this.store
        .prepare('INSERT INTO unit_profile (id, json, updated_at) VALUES (1, ?, ?) ON CONFLICT (id) DO UPDATE SET json = excluded.json, updated_at = excluded.updated_at')
        .run(JSON.stringify(clean), this.store.clock().toISOString()),
    );
    return clean;
  }
}

/** Settings live under 'app.' so they never collide with the store's own keys (session markers). */
export class Settings {
  constructor(private readonly store: Store) {}

  get<T>(key: string): T | null {
    const v = this.store.run('读取设置', () => this.store.getSetting(`app.${key}`));
    return v === null ? null : (JSON.parse(v) as T);
  }

  set(key: string, value: unknown): void {
    this.store.run('保存设置', () => this.store.setSetting(`app.${key}`, value === undefined || value === null ? null : JSON.stringify(value)));
  }
}
