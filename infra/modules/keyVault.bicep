// The Key Vault that holds the app's secrets. Access is by Azure RBAC only (no access policies).
// Secrets are written here only when a value is passed; a later deployment without the value leaves
// the stored secret alone, so keys are set once (or rotated) without ever living in a parameter file.

@description('Azure region.')
param location string

@description('Tags on every resource.')
param tags object

@description('Key Vault name: 3–24 letters, digits and dashes, unique in Azure.')
@minLength(3)
@maxLength(24)
param name string

@description('Secrets to write now, by secret name (letters, digits, dashes). Empty values are skipped.')
@secure()
param secrets object = {}

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: tenant().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    enablePurgeProtection: true
    publicNetworkAccess: 'Enabled'
  }
}

resource secret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = [
  for entry in items(secrets): if (!empty(entry.value)) {
    parent: vault
    name: entry.key
    properties: {
      value: entry.value
    }
  }
]

output name string = vault.name
output uri string = vault.properties.vaultUri
