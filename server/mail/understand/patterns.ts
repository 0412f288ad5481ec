// Words that mark mail as a bounce or an automatic reply when the headers do not say so. These
// come from the forms mail systems actually send (qmail, Exchange, Gmail, Postfix, Sendmail,
// Yahoo, Domino, Japanese carriers...) and from out-of-office wording in English and Spanish.

/** Senders that only ever send system notices. */
export const SYSTEM_SENDER = /^(?:mailer-daemon|postmaster|poostmaster|mail-?daemon|mail\.?delivery\.?system|mailerdaemon|bounces?|nobody|mdaemon|ms-?exchange|microsoftexchange[0-9a-f]*)@|^mailer-daemon\b/i;
export const SYSTEM_SENDER_NAME = /mail delivery (?:system|subsystem)|mailer.daemon|postmaster|mail administrator|delivery status/i;

/** Subjects of non-delivery reports. */
export const BOUNCE_SUBJECT = new RegExp(
  [
    'undeliver(?:able|ed)',
    'non[- ]?deliver(?:able|y)',
    'returned mail',
    'returned to sender',
    'mail delivery (?:failed|failure|problem)',
    'delivery (?:status notification \\((?:failure|error)\\)|failure|failed|has failed|notification: delivery has failed|problem)',
    'failure notice',
    'failed delivery',
    'could not be delivered',
    'message (?:not delivered|delivery has failed|you sent blocked)',
    'mail system error',
    'postmaster notify',
    'delivery report',
    'delivery status notification',
    'warning: could not send',
    'email bounce',
    'bounced? (?:mail|message|notification)',
    'rejected:',
    'unzustellbar',
    'non remis',
    'no se (?:pudo|puede) entregar',
    'mensaje no entregado',
    'notificaci[oó]n de estado de entrega',
    'error en la entrega',
    'недоставленное',
    'メッセージを配信できません',
    '配信(?:エラー|不能|失敗)',
    'メールエラー',
    'mail error notice',
    'returned mail',
  ].join('|'),
  'i',
);

/** Phrases in the body of a non-delivery report. */
export const BOUNCE_BODY = new RegExp(
  [
    "i'?m afraid i wasn'?t able to deliver",
    'this is a permanent error',
    'could not be delivered to(?: one or more| the following|:)',
    'delivery to the following recipients? failed',
    'delivery has failed to these recipients',
    'your message (?:to .{0,80} )?(?:could not|couldn\'?t|cannot|can\'?t|wasn\'?t|was not) (?:be )?delivered',
    'message was (?:rejected|not delivered|undeliverable)',
    'an email you sent was rejected',
    'your message was rejected',
    'the following (?:address|addresses|recipient|recipients)(?: had| have)? (?:permanent fatal errors|failed)',
    'unable to deliver (?:your )?message',
    'undeliverable message',
    'the email account that you tried to reach does not exist',
    'address(?:es)? (?:was|were|is|are) not found',
    'user unknown',
    'no such (?:user|mailbox|recipient)',
    'mailbox (?:unavailable|full|is full|not found|does not exist)',
    'recipient address rejected',
    'host or domain name not found',
    'message expired',
    'retry time(?:out)? (?:not reached|exceeded)',
    'unrouteable address',
    'delivery temporarily suspended',
    '(?:^|\\s)5\\.\\d\\.\\d+\\s',
    '\\b55[0-4][ -]',
    'no se (?:pudo|puede) entregar',
    'el mensaje no (?:se )?(?:pudo|puede) (?:ser )?entregar',
    'la direcci[oó]n .{0,40} no existe',
  ].join('|'),
  'im',
);

/** Phrases saying a mailbox is gone: an automatic reply that means the mail was not delivered. */
export const ADDRESS_GONE = /(?:inbox|mailbox|address|account|buz[oó]n|cuenta|direcci[oó]n)[^\n]{0,80}?\b(?:is )?no longer (?:in use|active|exists|monitored)|(?:esta|la) (?:cuenta|direcci[oó]n|buz[oó]n)[^\n]{0,60}?ya no (?:est[aá] (?:en uso|activa?)|existe|se (?:usa|utiliza|revisa))/i;

/** Subjects of automatic replies (English and Spanish, plus common vendor prefixes). */
export const AUTO_REPLY_SUBJECT = new RegExp(
  [
    '^(?:auto(?:matic)?[ -]?(?:reply|response|respons|answer)|autoreply|autoresponder|auto:)',
    'out of (?:the )?office',
    '^away(?: from| until|:)',
    '^on vacation',
    'vacation (?:reply|message|notice)',
    'respuesta autom[aá]tica',
    'fuera de (?:la )?oficina',
    'ausencia(?: temporal)?',
    'mensaje autom[aá]tico',
    'de vacaciones',
    'acuse de recibo autom[aá]tico',
  ].join('|'),
  'i',
);

/** Out-of-office body phrases. */
export const AUTO_REPLY_BODY = new RegExp(
  [
    'i (?:am|will be) (?:currently )?(?:out of (?:the )?office|away|on (?:vacation|leave|holiday))',
    "i'?m (?:currently )?(?:out of (?:the )?office|away|on (?:vacation|leave|holiday))",
    'i am out of town',
    'with limited access to (?:e-?mail|my e-?mail)',
    'this is an automatic (?:reply|response|message)',
    'this (?:is an )?auto(?:mated|matically generated) (?:reply|response|message)',
    'i will (?:respond|reply|get back to you) (?:to your (?:e-?mail|message) )?(?:when|upon|as soon as) (?:i|my) return',
    'estar[eé] fuera de (?:la )?oficina',
    'me encuentro (?:fuera de (?:la )?oficina|de vacaciones|ausente)',
    'estoy (?:fuera de (?:la )?oficina|de vacaciones)',
    'este es un mensaje autom[aá]tico',
    'esta es una respuesta autom[aá]tica',
    'responder[eé] (?:a su (?:correo|mensaje) )?(?:a mi regreso|cuando regrese)',
  ].join('|'),
  'i',
);

/** Amazon SES notifications delivered as JSON. */
export const SES_JSON_TYPE = /"(?:notificationType|eventType)"\s*:\s*"(Bounce|Complaint|Delivery|Reject|DeliveryDelay)"/;
