export { DEFAULT_HOTKEY, DEFAULT_SETTINGS, SETTINGS_SCHEMA } from './defaults'
export {
  createMemorySettingsStore,
  createSettingsStore,
  describeRecovery,
  SETTINGS_FILE,
  type ConfLike,
  type OpenConf,
  type SettingsPatch,
  type SettingsRecovery,
  type SettingsStore,
} from './settings-store'
