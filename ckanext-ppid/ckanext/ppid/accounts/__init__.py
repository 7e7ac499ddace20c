"""Web sign-up for applicants: an account made on ``/user/register`` waits until its address is verified.

CKAN's own registration creates the account (``user_create``, allowed on the web only); :mod:`.sign_up` keeps
it ``pending`` (CKAN refuses a pending account at login) and mails a signed, expiring link
(:mod:`.verification`, :mod:`.verification_mail`); :mod:`.actions` verifies it or sends the link again;
:mod:`.limits` counts sign-ups and mails in Redis; :mod:`.web_edge` answers the register form with 429 over a
limit and the login form of an unverified account with what to do; :mod:`.views` are the pages.
"""
