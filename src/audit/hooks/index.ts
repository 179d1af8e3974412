export { auditApiClientChange } from './auditApiClients'
export { auditChange, auditDeletion, rememberLiveStatus, rememberRestoredVersion } from './auditCollectionChanges'
export { auditGuidelineChange } from './auditGuidelineChange'
export { auditUserChange } from './auditUsers'
