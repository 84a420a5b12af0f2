// Example parameters for one province's deployment. No secrets here: pass them on the command line
// (see docs/deploy.md), or set them in Key Vault directly.
using 'main.bicep'

param location = 'southeastasia'
param baseName = 'deadlinebot'
param emailDataLocation = 'Asia Pacific'
param senderDisplayName = 'DeadlineBot – Nhắc việc'
param adminEmails = 'vanphong@example.gov.vn'

// Azure Communication Services SMTP: the Entra app whose client secret is the SMTP password.
// Leave empty on the first deployment; fill in once the app registration exists (docs/deploy.md).
param smtpEntraApplicationId = ''
param smtpServicePrincipalObjectId = ''

// Daily scan at 08:00 Vietnam time; reminders 30, 14, 7, 3 and 1 days before and on the day.
param reminderSchedule = '0 0 1 * * *'
param reminderDaysBefore = '30,14,7,3,1,0'
param overdueEveryDays = 7
param escalateAfterDays = 14

param apiKeys = [
  {
    name: 'staff'
    role: 'staff'
  }
  {
    name: 'admin'
    role: 'admin'
  }
]
