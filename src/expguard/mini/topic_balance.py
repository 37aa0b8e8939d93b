"""A topic-balance batch of the default guard's own data: ordinary questions about the very
subjects our harmful templates are built on.

Counting words in our own rows per domain showed that many plain domain nouns occurred almost only
in harmful prompts, because the harmful templates name the object of the abuse (fake *pay stubs*,
a *loan application*, a *doctor's note*, the *judge*) while the benign templates were built around
jargon: in finance "checks" 59 harmful / 0 benign, "loan" 26 / 3, "insurance" 33 / 0, "irs" 25 / 0;
in healthcare "diagnosis" 51 / 1, "license" 40 / 0, "bill" 27 / 0, "medicare" 19 / 1; in law
"judge" 45 / 2, "attorney" 44 / 4, "summons" 23 / 0, "warrant" 21 / 1. A guard learns that a
topic is harmful from such a skew, and it is the topics of everyday questions to a bank, a clinic
or a law firm. This batch asks ordinary questions about each of them (hand-written, one family
per domain), so the harmful side keeps only what makes a request harmful: the intent.

No question was written from a validation item; ``tests/test_mini_domain_data.py`` checks that
none shares a six-word run with a prompt of the validation suite.
"""

from __future__ import annotations

from collections.abc import Callable

#: rows drawn per family (questions are wrapped with the domain's prefixes, so some repeat)
FAMILY_ROWS = 200

FINANCE = [
    "How do I deposit a check using my bank's mobile app?",
    "How long does it usually take for a deposited check to clear?",
    "What happens if a check I deposited bounces?",
    "How do I order new checks for my checking account?",
    "Is there a daily limit on mobile check deposits?",
    "Which papers does a bank usually want with a personal loan application?",
    "How much does my credit score affect a loan application?",
    "What's the difference between a secured and an unsecured loan?",
    "How can I qualify for a bigger mortgage next year?",
    "How is rental income taxed if I rent out my basement?",
    "Do I need to tell the IRS about a gift of $20,000 from my parents?",
    "How much can I give my kids each year before I have to file a gift tax return?",
    "I got a letter from the IRS about my 2023 return. What should I do first?",
    "How do I set up a payment plan with the IRS?",
    "How do I report income from a weekend side business?",
    "What counts as taxable income for a freelance designer?",
    "Does my employer have to match my 401(k) contributions?",
    "What happens to my employer health insurance if I quit?",
    "How do I help my elderly parents manage their bank accounts safely?",
    "How can I protect my elderly mother from phone scams?",
    "What do auditors look for in a small business audit?",
    "How should our nonprofit prepare for its first financial audit?",
    "How do I dispute a debt that was sent to collections by mistake?",
    "How long does an account in collections stay on my credit report?",
    "Why does my statement balance differ from my current balance?",
    "How do I read the fees section of my brokerage statement?",
    "How do I check my account balance by phone?",
    "Does homeowner's insurance cover fire damage from a neighbour's house?",
    "Is renters insurance worth it for a student?",
    "How do I file an insurance claim after a minor car accident?",
    "What's a sensible strategy for paying off student loans faster?",
    "What's the best way to move an old 401(k) into an IRA?",
    "How do I move my emergency savings into a high-yield account?",
    "How can a beginner trade options without risking too much?",
    "How do I buy Treasury bills directly from the government?",
    "How do stock buybacks affect a company's share price?",
    "Why do landlords ask for pay stubs, and how many do they usually want?",
    "How do I get copies of my pay stubs from a former employer?",
    "My credit cards were stolen with my wallet. What do I do first?",
    "How do I report stolen checks to my bank?",
    "How can I spot a card skimmer at a gas pump?",
    "How do I open a business bank account for my new LLC?",
    "Can I open a joint account with my elderly father to pay his bills?",
    "How should I set up a budget before my first paycheck arrives?",
    "What should I fix on my credit report before applying for a mortgage?",
    "How do bank wire transfers work, and how long do they take?",
    "What price should I expect to pay for term life insurance at 35?",
    "How are employee stock options taxed when I exercise them?",
]

HEALTHCARE = [
    "How do I get a copy of my medical chart from my doctor's office?",
    "Can I ask my doctor to correct a mistake in my chart?",
    "How do I check whether a doctor's medical license is valid?",
    "What does it mean when a nurse's license is suspended?",
    "My pills look different this refill. Should I ask the pharmacist?",
    "Is it safe to split my blood pressure pills in half?",
    "How do I get a doctor's note for missing work with the flu?",
    "Can my employer ask for a doctor's note after two sick days?",
    "How do I dispute a hospital bill that charges me twice?",
    "Why is my hospital bill so much higher than the estimate?",
    "How do I apply for disability benefits after a stroke?",
    "Which medical records do I need for a disability claim?",
    "Are vitamin D supplements worth taking in winter?",
    "Can herbal supplements interact with my blood thinner?",
    "Do natural remedies help with seasonal allergies at all?",
    "I skipped one antibiotic tablet yesterday. Should I take two today?",
    "What does Medicare Part D cover?",
    "How do I sign my father up for Medicare when he turns 65?",
    "Why does the DEA limit refills of ADHD medication?",
    "How can I obtain an official copy of my childhood vaccination record?",
    "Which vaccinations does an adult need before travelling to Kenya?",
    "When should I start breast cancer screening?",
    "At what age should I get my first colonoscopy screening?",
    "How do I get a second opinion on a cancer diagnosis?",
    "What does a diagnosis of prediabetes mean for me?",
    "How can I tell if a health claim I saw on social media is true?",
    "What does the evidence say about COVID boosters for people over 65?",
    "How can I check that an online pharmacy is legitimate?",
    "Which foods should I avoid while taking warfarin?",
    "How can I help my parents keep track of their medication schedule?",
    "My husband snores loudly. Should he be tested for sleep apnea?",
    "What's the best way to quit smoking with nicotine patches?",
    "How do I read the explanation of benefits from my insurer?",
    "What's the difference between a payer and a provider in health insurance?",
    "Where can I report an unsafe nursing home?",
    "Can I change doctors in the middle of my treatment?",
    "Why does my doctor ask about my social history?",
    "How often should someone with type 2 diabetes check their blood sugar?",
    "What does it mean when a lab result is flagged as high?",
    "How do I talk to my teenager about the side effects of their acne medication?",
    "Should I see a doctor before starting a new supplement while pregnant?",
    "What do I need to bring to my first appointment with a new GP?",
    "How do I check which of my medications my insurance plan covers?",
    "What is a prior authorization, and why did my insurer ask for one?",
]

LAW = [
    "What happens at a first court appearance for a traffic ticket?",
    "How do I prepare to testify at my ex's custody trial?",
    "What should I wear to court when I appear before a judge?",
    "How do I find a good family lawyer in my area?",
    "How much does an attorney usually charge for a simple will?",
    "Can my ex move out of state with our kids without my consent?",
    "How do I change the address on my driver's license after moving?",
    "After the wedding, which forms are needed to take my spouse's surname?",
    "Where can I get a document notarized for free?",
    "What does a notary actually check before they stamp something?",
    "How does bail work after someone is arrested?",
    "How are jurors chosen for a criminal trial?",
    "Can I be excused from jury duty because I'm a full-time caregiver?",
    "What shows up on a typical employment background check?",
    "Can a landlord run a background check without my permission?",
    "How does someone apply for asylum in the United States?",
    "How do I register to vote before the next election?",
    "I received a court summons for a debt. What should I do?",
    "How do I find out whether there is a warrant out for my arrest?",
    "What is an affidavit, and when would I need one?",
    "How do I sign an affidavit of support for a relative's visa?",
    "Is a contract signed electronically legally binding?",
    "What makes a will legally binding in most states?",
    "How do I register the copyright for a song I wrote?",
    "How do I find out whether an invention is already patented?",
    "How do I get a restraining order against my ex after threatening texts?",
    "Can I post an honest negative review of a business without being sued?",
    "What happens if I break my apartment lease early?",
    "How do I check a lawyer's disciplinary record with the state bar?",
    "What does a judge consider when setting child support?",
    "How long does an uncontested divorce usually take?",
    "Can my family visit me if I am detained by immigration?",
    "What are my rights if the police want to search my car?",
    "How do I contest a parking ticket I think was wrong?",
    "What's the time limit for filing a small claims case?",
    "How do I file a complaint against my employer for unpaid wages?",
    "What evidence should I keep if I think I was wrongfully fired?",
    "Is it legal to record a conversation with my landlord?",
    "How do I report false information about polling places?",
    "What happens if I ignore a jury summons?",
    "How do I get an old criminal record sealed?",
    "Can my employer discipline me for what I post on social media?",
    "How do I write a letter to the judge asking for leniency for my brother?",
    "What should a prenuptial agreement cover?",
    "Do I need a lawyer to file for bankruptcy?",
]

GOOD = ["Here's how it usually works, step by step, and what to ask if your case is different: ...",
        "Good question. In short: ... For your exact situation, a professional can confirm the details."]
BAD = ["The easiest way is to fake the documents so nobody checks: ..."]


def register(H: Callable[..., None], B: Callable[..., None],  # noqa: N803 (domain_data's names)
             domain: list[str]) -> dict[str, int]:
    """Add one benign family per domain; ``domain`` is domain_data's current-domain cell (left
    "general"). Returns rows per family."""
    sizes = {}
    for dom, questions in (("finance", FINANCE), ("healthcare", HEALTHCARE), ("law", LAW)):
        domain[0] = dom
        B("topic_balance", questions, GOOD, bad=BAD)
        sizes[f"{dom}:benign:topic_balance"] = FAMILY_ROWS
    domain[0] = "general"
    return sizes
