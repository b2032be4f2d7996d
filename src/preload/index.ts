import { contextBridge } from 'electron'

contextBridge.exposeInMainWorld('roteiro', {})
