// Azure Communication Services email, the default SMTP relay (smtp.azurecomm.net:587, STARTTLS):
// an email service with an Azure-managed domain, linked to a communication service. SMTP sign-in uses
// a Microsoft Entra application: when its ids are given, it gets the Communication and Email Service
// Owner role here and an SMTP username resource names it; its client secret is the SMTP password.

@description('Tags on every resource.')
param tags object

@description('Communication service name (also the first part of legacy SMTP usernames).')
param communicationServiceName string

@description('Email communication service name.')
param emailServiceName string

@description('Where ACS keeps email data at rest.')
param dataLocation string

@description('Application (client) id of the Entra app used to sign in to SMTP; empty to set SMTP up later.')
param smtpEntraApplicationId string

@description('Object id of that app\'s service principal (Enterprise applications), for the role assignment.')
param smtpServicePrincipalObjectId string

@description('SMTP username to create for the Entra app; empty: deadlinebot@<managed domain>.')
param smtpUserName string

// Communication and Email Service Owner: lets the Entra app send mail through this resource.
var emailSenderRoleId = '09976791-48a7-449e-bb21-39d1a415f350'

resource emailService 'Microsoft.Communication/emailServices@2023-04-01' = {
  name: emailServiceName
  location: 'global'
  tags: tags
  properties: {
    dataLocation: dataLocation
  }
}

resource managedDomain 'Microsoft.Communication/emailServices/domains@2023-04-01' = {
  parent: emailService
  name: 'AzureManagedDomain'
  location: 'global'
  tags: tags
  properties: {
    domainManagement: 'AzureManaged'
    userEngagementTracking: 'Disabled'
  }
}

resource communicationService 'Microsoft.Communication/communicationServices@2023-04-01' = {
  name: communicationServiceName
  location: 'global'
  tags: tags
  properties: {
    dataLocation: dataLocation
    linkedDomains: [
      managedDomain.id
    ]
  }
}

var senderDomain = managedDomain.properties.mailFromSenderDomain
var effectiveSmtpUserName = empty(smtpUserName) ? 'deadlinebot@${senderDomain}' : smtpUserName

resource smtpUsername 'Microsoft.Communication/communicationServices/smtpUsernames@2025-05-01-preview' = if (!empty(smtpEntraApplicationId)) {
  parent: communicationService
  name: 'deadlinebot'
  properties: {
    username: effectiveSmtpUserName
    entraApplicationId: smtpEntraApplicationId
    tenantId: tenant().tenantId
  }
}

resource smtpSenderRole 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (!empty(smtpServicePrincipalObjectId)) {
  name: guid(communicationService.id, smtpServicePrincipalObjectId, emailSenderRoleId)
  scope: communicationService
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', emailSenderRoleId)
    principalId: smtpServicePrincipalObjectId
    principalType: 'ServicePrincipal'
  }
}

output communicationServiceName string = communicationService.name
output senderDomain string = senderDomain
@description('The sender address Azure-managed domains allow: DoNotReply@<domain>.')
output senderAddress string = 'DoNotReply@${senderDomain}'
output smtpUserName string = empty(smtpEntraApplicationId) ? '' : effectiveSmtpUserName
