// The Function app on a Flex Consumption plan, and the roles its system-assigned identity needs.
//
// Why Flex Consumption (FC1) and not Y1 Linux Consumption: both run the .NET isolated worker
// (`dotnet-isolated` 10.0 on Flex), but only Flex deploys a zip with identity end to end — the package goes to a
// blob container the app reads with its managed identity, so the storage account keeps shared keys off.
// Y1 Linux needs WEBSITE_RUN_FROM_PACKAGE pointing at a SAS URL (a shared-key secret), and it is being
// retired (September 2028). On Flex the runtime is declared in functionAppConfig.runtime instead of the
// FUNCTIONS_WORKER_RUNTIME app setting, and the platform pins the Functions host to v4
// instead of FUNCTIONS_EXTENSION_VERSION=~4: Flex rejects or ignores both settings, so they are not set.

@description('Azure region.')
param location string

@description('Tags on every resource.')
param tags object

@description('Flex Consumption plan name.')
param planName string

@description('Function app name (the host name prefix).')
param appName string

@description('App settings, by name.')
param appSettings object

@description('Blob container URL the zip package is deployed to.')
param deploymentContainerUrl string

@description('Storage account the host and the app use.')
param storageAccountName string

@description('Key Vault the app settings reference.')
param keyVaultName string

@description('Application Insights component the app publishes telemetry to.')
param appInsightsName string

@description('Most instances the plan scales out to.')
@minValue(40)
@maxValue(1000)
param maximumInstanceCount int

@description('Memory of each instance, in MB.')
@allowed([
  512
  2048
  4096
])
param instanceMemoryMB int

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'functionapp'
  sku: {
    tier: 'FlexConsumption'
    name: 'FC1'
  }
  properties: {
    reserved: true
  }
}

@description('Entra ID app registration of the web app\'s sign-in; empty: App Service Authentication stays off.')
param entraClientId string = ''

@description('Entra ID tenant of that app registration.')
param entraTenantId string = ''

resource site 'Microsoft.Web/sites@2024-04-01' = {
  name: appName
  location: location
  tags: tags
  kind: 'functionapp,linux'
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    keyVaultReferenceIdentity: 'SystemAssigned'
    siteConfig: {
      minTlsVersion: '1.2'
      appSettings: map(items(appSettings), setting => {
        name: setting.key
        value: setting.value
      })
    }
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: deploymentContainerUrl
          authentication: {
            type: 'SystemAssignedIdentity'
          }
        }
      }
      scaleAndConcurrency: {
        maximumInstanceCount: maximumInstanceCount
        instanceMemoryMB: instanceMemoryMB
      }
      runtime: {
        name: 'dotnet-isolated'
        version: '10.0'
      }
    }
  }
}

// App Service Authentication (Easy Auth) with Entra ID, for the web app's people. Anonymous requests still pass:
// the API has its function and API keys, agencies' completion links their signatures, and the web app's pages
// send anyone without a principal to /.auth/login/aad. For a signed-in user the platform sets X-MS-CLIENT-PRINCIPAL
// (with the app roles "staff"/"admin" as roles claims) and strips any such header a client sends.
resource auth 'Microsoft.Web/sites/config@2024-04-01' = if (!empty(entraClientId)) {
  parent: site
  name: 'authsettingsV2'
  properties: {
    platform: {
      enabled: true
    }
    globalValidation: {
      requireAuthentication: false
      unauthenticatedClientAction: 'AllowAnonymous'
    }
    httpSettings: {
      requireHttps: true
    }
    login: {
      tokenStore: {
        enabled: true
      }
    }
    identityProviders: {
      azureActiveDirectory: {
        enabled: true
        registration: {
          clientId: entraClientId
          clientSecretSettingName: 'MICROSOFT_PROVIDER_AUTHENTICATION_SECRET'
          openIdIssuer: '${environment().authentication.loginEndpoint}${entraTenantId}/v2.0'
        }
        validation: {
          allowedAudiences: [
            'api://${entraClientId}'
          ]
        }
      }
    }
  }
}

module storageRoles 'roleAssignments.bicep' = {
  name: 'function-app-roles'
  params: {
    principalId: site.identity.principalId
    storageAccountName: storageAccountName
    keyVaultName: keyVaultName
    appInsightsName: appInsightsName
  }
}

output name string = site.name
output hostName string = site.properties.defaultHostName
output principalId string = site.identity.principalId
