// DeadlineBot on Azure: a Flex Consumption Function app (.NET 10 isolated worker) with its storage, Key Vault,
// Application Insights and Azure Communication Services email. Deploy into a resource group:
//   az deployment group create -g <group> -f infra/main.bicep -p infra/main.bicepparam
// docs/deploy.md explains every parameter and app setting.

targetScope = 'resourceGroup'

// ---- Names and place --------------------------------------------------------------------------

@description('Azure region of the app, storage, vault and monitoring (must offer Flex Consumption).')
param location string = resourceGroup().location

@description('Short name the resource names start with (lower-case letters, digits, dashes).')
@minLength(3)
@maxLength(12)
param baseName string = 'deadlinebot'

@description('Function app name; empty: func-<baseName>-<unique suffix>.')
param appName string = ''

@description('Storage account name; empty: st<baseName><unique suffix>.')
param storageAccountName string = ''

@description('Key Vault name; empty: kv-<baseName>-<unique suffix>.')
param keyVaultName string = ''

@description('Tags on every resource.')
param tags object = {
  app: 'deadlinebot'
}

// ---- Email ------------------------------------------------------------------------------------

@description('SMTP server; empty: Azure Communication Services (smtp.azurecomm.net), created here.')
param smtpHost string = ''

@description('SMTP port (587 for ACS).')
param smtpPort int = 587

@description('SMTP transport security: None, StartTls or SslOnConnect (StartTls for ACS).')
@allowed([
  'None'
  'StartTls'
  'SslOnConnect'
])
param smtpSecurity string = 'StartTls'

@description('SHA-256 thumbprint of a self-signed relay certificate to trust (64 hex digits); empty: only certificates the platform trusts.')
param smtpServerCertificateThumbprint string = ''

@description('SMTP user name; empty with ACS: the SMTP username created for smtpEntraApplicationId.')
param smtpUserName string = ''

@description('ACS only: application (client) id of the Entra app whose client secret is the SMTP password.')
param smtpEntraApplicationId string = ''

@description('ACS only: object id of that app\'s service principal, given the role that lets it send.')
param smtpServicePrincipalObjectId string = ''

@description('Tries of one SMTP send before the reminder is retried from the queue.')
@minValue(1)
param smtpMaxAttempts int = 4

@description('Wait before the second SMTP try (doubled each further try), as hh:mm:ss.')
param smtpRetryDelay string = '00:00:05'

@description('Time limit of one SMTP conversation, as hh:mm:ss.')
param smtpTimeout string = '00:00:30'

@description('How long an unused SMTP connection is kept for the next email, as hh:mm:ss (00:00:00: a connection per email).')
param smtpConnectionIdleTimeout string = '00:01:00'

@description('Where ACS keeps email data at rest.')
param emailDataLocation string = 'Asia Pacific'

@description('Sender address; empty with ACS: DoNotReply@<Azure-managed domain>. Required with your own SMTP.')
param senderAddress string = ''

@description('Sender display name on every reminder.')
param senderDisplayName string = 'DeadlineBot – Nhắc việc'

// ---- Reminders and links ----------------------------------------------------------------------

@description('The ScanTimer function\'s NCRONTAB schedule (seconds first) in UTC. 01:00 UTC = 08:00 Vietnam.')
param reminderSchedule string = '0 0 1 * * *'

@description('Days before a due date that reminders go out, comma-separated.')
param reminderDaysBefore string = '30,14,7,3,1,0'

@description('Days between reminders while a task is overdue.')
param overdueEveryDays int = 7

@description('Days overdue after which the supervising body and the admins are copied.')
param escalateAfterDays int = 14

@description('Admin addresses copied on escalations and summaries, comma-separated.')
param adminEmails string = ''

@description('Prefix of the app\'s table names.')
param tablePrefix string = 'deadlinebot'

@description('Queue the daily scan fills with reminders to send.')
param reminderQueueName string = 'reminders'

@description('Public base URL of the links in emails; empty: https://<app host name>.')
param linkBaseUrl string = ''

@description('Days a signed "report done" link stays valid.')
param linkValidDays int = 60

@description('API keys callers present, by name and role; each key value lives in Key Vault as api-key-<name>.')
param apiKeys apiKey[] = [
  {
    name: 'staff'
    role: 'staff'
  }
  {
    name: 'admin'
    role: 'admin'
  }
]

// ---- Web app sign-in ----------------------------------------------------------------------------

@description('Entra ID app registration (client id) people sign in to the web app (/api/app/) with, through App Service Authentication; its app roles "staff" and "admin" are the roles. Empty: no Easy Auth, the web app asks for an API key instead.')
param webEntraClientId string = ''

@description('Entra ID tenant of that app registration.')
param webEntraTenantId string = subscription().tenantId

// ---- Secrets: pass only to set or rotate them; omitted, the vault keeps what it has -------------

@description('SMTP password (with ACS: the Entra app\'s client secret). Stored as Key Vault secret smtp-password.')
@secure()
param smtpPassword string = ''

@description('Key that signs "report done" links. Stored as Key Vault secret link-signing-key.')
@secure()
param linkSigningKey string = ''

@description('Client secret of the web app\'s Entra app registration. Stored as Key Vault secret web-auth-client-secret.')
@secure()
param webEntraClientSecret string = ''

@description('API key values by API key name. Stored as Key Vault secrets api-key-<name>.')
@secure()
param apiKeyValues object = {}

// ---- Scale ------------------------------------------------------------------------------------

@description('Most instances the Flex Consumption plan scales out to.')
@minValue(40)
@maxValue(1000)
param maximumInstanceCount int = 40

@description('Memory of each instance, in MB.')
@allowed([
  512
  2048
  4096
])
param instanceMemoryMB int = 512

@description('An API key: its name (letters, digits, dashes) and the role it grants.')
type apiKey = {
  name: string
  role: 'staff' | 'admin'
}

// ---- Resources --------------------------------------------------------------------------------

var token = uniqueString(subscription().id, resourceGroup().id, baseName)
var functionAppName = empty(appName) ? 'func-${baseName}-${take(token, 6)}' : appName
var useAzureEmail = empty(smtpHost)

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    location: location
    tags: tags
    workspaceName: 'log-${baseName}-${take(token, 6)}'
    appInsightsName: 'appi-${baseName}-${take(token, 6)}'
  }
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  params: {
    location: location
    tags: tags
    name: empty(storageAccountName) ? take('st${replace(baseName, '-', '')}${token}', 24) : storageAccountName
    deploymentContainerName: 'app-package'
    reminderQueueName: reminderQueueName
  }
}

module vault 'modules/keyVault.bicep' = {
  name: 'key-vault'
  params: {
    location: location
    tags: tags
    name: empty(keyVaultName) ? take('kv-${baseName}-${token}', 24) : keyVaultName
    secrets: reduce(
      items(apiKeyValues),
      {
        'smtp-password': smtpPassword
        'link-signing-key': linkSigningKey
        'web-auth-client-secret': webEntraClientSecret
      },
      (secrets, key) => union(secrets, { 'api-key-${key.key}': key.value })
    )
  }
}

module email 'modules/email.bicep' = if (useAzureEmail) {
  name: 'email'
  params: {
    tags: tags
    communicationServiceName: 'acs-${baseName}-${take(token, 6)}'
    emailServiceName: 'acs-email-${baseName}-${take(token, 6)}'
    dataLocation: emailDataLocation
    smtpEntraApplicationId: smtpEntraApplicationId
    smtpServicePrincipalObjectId: smtpServicePrincipalObjectId
    smtpUserName: smtpUserName
  }
}

@description('An app setting that Key Vault resolves: the latest version of the named secret.')
func secretReference(vaultUri string, secretName string) string =>
  '@Microsoft.KeyVault(SecretUri=${vaultUri}secrets/${secretName}/)'

var smtpLogin = empty(smtpUserName) ? (email.?outputs.smtpUserName ?? '') : smtpUserName
var fromAddress = empty(senderAddress) ? (email.?outputs.senderAddress ?? '') : senderAddress

var apiKeySettings = reduce(
  range(0, length(apiKeys)),
  {},
  (settings, i) =>
    union(settings, {
      'DeadlineBot__Api__Keys__${i}__Name': apiKeys[i].name
      'DeadlineBot__Api__Keys__${i}__Key': secretReference(vault.outputs.uri, 'api-key-${apiKeys[i].name}')
      'DeadlineBot__Api__Keys__${i}__Role': apiKeys[i].role
    })
)

var appSettings = union(
  {
    // Host storage by identity (no connection string): blobs, queues and tables of this account.
    AzureWebJobsStorage__accountName: storage.outputs.name
    APPLICATIONINSIGHTS_CONNECTION_STRING: monitoring.outputs.connectionString
    APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'Authorization=AAD'

    // App storage by identity: the service URIs are used and the connection string stays empty.
    DeadlineBot__Storage__ConnectionString: ''
    DeadlineBot__Storage__TableServiceUri: storage.outputs.tableEndpoint
    DeadlineBot__Storage__QueueServiceUri: storage.outputs.queueEndpoint
    DeadlineBot__Storage__TablePrefix: tablePrefix
    DeadlineBot__Storage__ReminderQueue: reminderQueueName

    DeadlineBot__Smtp__Host: useAzureEmail ? 'smtp.azurecomm.net' : smtpHost
    DeadlineBot__Smtp__Port: string(smtpPort)
    DeadlineBot__Smtp__Security: smtpSecurity
    DeadlineBot__Smtp__ServerCertificateThumbprint: smtpServerCertificateThumbprint
    DeadlineBot__Smtp__UserName: smtpLogin
    DeadlineBot__Smtp__Password: secretReference(vault.outputs.uri, 'smtp-password')
    DeadlineBot__Smtp__FromAddress: fromAddress
    DeadlineBot__Smtp__FromName: senderDisplayName
    DeadlineBot__Smtp__MaxAttempts: string(smtpMaxAttempts)
    DeadlineBot__Smtp__RetryDelay: smtpRetryDelay
    DeadlineBot__Smtp__Timeout: smtpTimeout
    DeadlineBot__Smtp__ConnectionIdleTimeout: smtpConnectionIdleTimeout

    DeadlineBot__Reminders__Schedule: reminderSchedule
    // An unfinished digest nobody moved for this long is queued again by the recovery pass (docs/delivery.md), which runs on this schedule.
    DeadlineBot__Reminders__RecoverAfter: '00:10:00'
    DeadlineBot__Reminders__RecoverySchedule: '0 */5 * * * *'
    DeadlineBot__Reminders__DaysBefore: reminderDaysBefore
    DeadlineBot__Reminders__OverdueEveryDays: string(overdueEveryDays)
    DeadlineBot__Reminders__EscalateAfterDays: string(escalateAfterDays)
    DeadlineBot__Reminders__AdminEmails: adminEmails
    DeadlineBot__Clock__AsOfDate: ''
    // Read only when the app hosts itself; in Azure the Functions host drives the timer and the queue.
    DeadlineBot__SelfHost__Triggers: 'false'
    // Sample data is for local runs only.
    DeadlineBot__Seed__Plans: ''
    DeadlineBot__Seed__Agencies: ''

    DeadlineBot__Links__BaseUrl: empty(linkBaseUrl) ? 'https://${functionAppName}.azurewebsites.net' : linkBaseUrl
    DeadlineBot__Links__SigningKey: secretReference(vault.outputs.uri, 'link-signing-key')
    DeadlineBot__Links__ValidDays: string(linkValidDays)

    // The web app: Entra ID through App Service Authentication when an app registration is given, else API keys.
    DeadlineBot__Web__SignIn: empty(webEntraClientId) ? 'Keys' : 'EntraId'
    DeadlineBot__Web__SessionHours: '12'
    MICROSOFT_PROVIDER_AUTHENTICATION_SECRET: empty(webEntraClientId) ? '' : secretReference(vault.outputs.uri, 'web-auth-client-secret')
  },
  apiKeySettings
)

module functionApp 'modules/functionApp.bicep' = {
  name: 'function-app'
  params: {
    location: location
    tags: tags
    planName: 'plan-${baseName}-${take(token, 6)}'
    appName: functionAppName
    appSettings: appSettings
    deploymentContainerUrl: storage.outputs.deploymentContainerUrl
    storageAccountName: storage.outputs.name
    keyVaultName: vault.outputs.name
    appInsightsName: monitoring.outputs.appInsightsName
    maximumInstanceCount: maximumInstanceCount
    instanceMemoryMB: instanceMemoryMB
    entraClientId: webEntraClientId
    entraTenantId: webEntraTenantId
  }
}

// ---- Outputs ----------------------------------------------------------------------------------

output functionAppName string = functionApp.outputs.name
output functionAppHostName string = functionApp.outputs.hostName
output storageAccountName string = storage.outputs.name
output keyVaultName string = vault.outputs.name
output keyVaultUri string = vault.outputs.uri
output communicationServiceName string = email.?outputs.communicationServiceName ?? ''
output senderDomain string = email.?outputs.senderDomain ?? ''
output senderAddress string = fromAddress
output smtpUserName string = smtpLogin
